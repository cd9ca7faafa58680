namespace AesSummit.Web.Features.Programme;

/// <summary>The zone the back-office uses for times that belong to no summit (the Secretariat works on Bamako time).</summary>
public static class PortalTime
{
    public const string DefaultZoneId = "Africa/Bamako";

    public const string DefaultCity = "Bamako";

    public static TimeZoneInfo DefaultZone => TimeZoneInfo.FindSystemTimeZoneById(DefaultZoneId);
}
