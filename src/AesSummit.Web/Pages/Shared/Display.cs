using System.Globalization;
using AesSummit.Web.Features.Programme;
using AesSummit.Web.Features.Publishing;
using Microsoft.Extensions.Localization;

namespace AesSummit.Web.Pages.Shared;

/// <summary>How dates, sizes and enum values read on the pages, in the request's culture.</summary>
public static class Display
{
    /// <summary>The request's language, as its address set it.</summary>
    public static string CurrentLanguage => CultureInfo.CurrentUICulture.Name;

    /// <summary>A <c>lang</c> attribute for words in <paramref name="language"/>: null (no attribute) when it is the page's own.</summary>
    public static string? LangIfOther(string language) => language == CurrentLanguage ? null : language;

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

    /// <summary>"1,2 Mo" in French, which counts in octets; "1.2 MB" in the other languages.</summary>
    public static string FileSize(long bytes)
    {
        var culture = CultureInfo.CurrentCulture;
        var (b, kb, mb) = culture.TwoLetterISOLanguageName == "fr" ? ("o", "Ko", "Mo") : ("B", "KB", "MB");
        return bytes switch
        {
            < 1024 => string.Format(culture, "{0} {1}", bytes, b),
            < 1024 * 1024 => string.Format(culture, "{0:0.#} {1}", bytes / 1024.0, kb),
            _ => string.Format(culture, "{0:0.#} {1}", bytes / (1024.0 * 1024.0), mb),
        };
    }

    /// <summary>
    /// An article's or text's state as staff read it: validated for a time still to come, it says when it will go out (Bamako
    /// time, the zone written), since the public does not see it yet.
    /// </summary>
    public static string State(IStringLocalizer localizer, PublicationStatus status, DateTime? publishedAtUtc, DateTime nowUtc) =>
        status == PublicationStatus.Published && publishedAtUtc is { } at && at > nowUtc
            ? localizer["Status.Scheduled", StaffTime(localizer, at)]
            : Label(localizer, status);

    /// <summary>A stored UTC moment in the Secretariat's zone, with the zone written: "23 décembre 2025 à 18:00, heure de Bamako (GMT)".</summary>
    public static string StaffTime(IStringLocalizer localizer, DateTime utc)
    {
        var local = SummitTime.ToLocal(utc, PortalTime.DefaultZone);
        return localizer["DateTimeWithZone", Date(DateOnly.FromDateTime(local)), Time(local), localizer["ZoneLabel", PortalTime.DefaultCity, "GMT"]];
    }

    /// <summary>How long something has waited, roughly: "depuis moins d'une heure", "depuis 5 h", "depuis 3 jours".</summary>
    public static string Age(IStringLocalizer localizer, DateTime sinceUtc, DateTime nowUtc)
    {
        var waited = nowUtc - sinceUtc;
        return waited < TimeSpan.FromHours(1) ? localizer["Age.LessThanAnHour"]
            : waited < TimeSpan.FromDays(1) ? localizer["Age.Hours", (int)waited.TotalHours]
            : localizer["Age.Days", (int)waited.TotalDays];
    }

    /// <summary>A language's name ("Français" for <c>fr</c>); the code itself for a language the resources do not name.</summary>
    public static string Language(IStringLocalizer localizer, string code) =>
        localizer[$"Language.{code}"] is { ResourceNotFound: false } name ? name.Value : code;

    /// <summary>The localized name of an enum value: resource key "Type.Value".</summary>
    public static string Label<TEnum>(IStringLocalizer localizer, TEnum value)
        where TEnum : struct, Enum =>
        localizer[$"{typeof(TEnum).Name}.{value}"];
}
