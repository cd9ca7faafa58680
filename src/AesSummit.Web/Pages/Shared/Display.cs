using System.Globalization;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Shared;

/// <summary>How dates, sizes and enum values read on the pages, in the request's culture.</summary>
public static class Display
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Day(DateOnly date)
    {
        var text = date.ToString("dddd d MMMM yyyy", CultureInfo.CurrentCulture);
        return char.ToUpper(text[0], CultureInfo.CurrentCulture) + text[1..];
    }

    public static string Time(DateTime local) => local.ToString("HH:mm", CultureInfo.CurrentCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"15–18 décembre 2025", "30 novembre – 2 décembre 2025", or one day.</summary>
    public static string DateRange(DateOnly start, DateOnly end)
    {
        var culture = CultureInfo.CurrentCulture;
        if (start == end)
        {
            return Date(start);
        }

        if (start.Year == end.Year && start.Month == end.Month)
        {
            return $"{start.Day}–{end.ToString("d MMMM yyyy", culture)}";
        }

        return start.Year == end.Year
            ? $"{start.ToString("d MMMM", culture)} – {end.ToString("d MMMM yyyy", culture)}"
            : $"{Date(start)} – {Date(end)}";
    }

    public static string FileSize(long bytes)
    {
        var culture = CultureInfo.CurrentCulture;
        return bytes switch
        {
            < 1024 => string.Format(culture, "{0} o", bytes),
            < 1024 * 1024 => string.Format(culture, "{0:0.#} Ko", bytes / 1024.0),
            _ => string.Format(culture, "{0:0.#} Mo", bytes / (1024.0 * 1024.0)),
        };
    }

    /// <summary>The localized name of an enum value: resource key "Type.Value".</summary>
    public static string Label<TEnum>(IStringLocalizer localizer, TEnum value)
        where TEnum : struct, Enum =>
        localizer[$"{typeof(TEnum).Name}.{value}"];
}
