namespace AesSummit.Web.Features.Programme;

/// <summary>The zone the back-office uses for times that belong to no summit (the Secretariat works on Bamako time).</summary>
public static class PortalTime
{
    public const string DefaultZoneId = "Africa/Bamako";

    public const string DefaultCity = "Bamako";

    // Looked up once: every dated line of every page asks for it.
    public static TimeZoneInfo DefaultZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(DefaultZoneId);

    /// <summary>The calendar day of a stored UTC moment at the Permanent Secretariat's seat, where the portal is edited.</summary>
    public static DateOnly Day(DateTime utc) =>
        DateOnly.FromDateTime(SummitTime.ToLocal(utc, DefaultZone));
}
