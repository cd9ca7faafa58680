namespace AesSummit.Web.Features.Programme;

/// <summary>Conversions between the UTC store and a summit's own time zone.</summary>
public static class SummitTime
{
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    public static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo zone) =>
        ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>The zone's offset at an instant as people write it: "GMT", "UTC+1", "UTC-3:30".</summary>
    public static string OffsetLabel(DateTime utc, TimeZoneInfo zone)
    {
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        if (offset == TimeSpan.Zero)
        {
            return "GMT";
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0 ? $"UTC{sign}{abs.Hours}" : $"UTC{sign}{abs.Hours}:{abs.Minutes:00}";
    }
}
