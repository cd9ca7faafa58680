using AesSummit.Web.Features.Programme;

namespace AesSummit.Web.Tests.Features.Programme;

public sealed class PortalTimeTests
{
    [Fact]
    public void Day_OfAStoredUtcMoment_IsTheCalendarDayInBamako()
    {
        // Bamako keeps GMT all year: late evening UTC is still the same day there.
        Assert.Equal(new DateOnly(2025, 12, 21), PortalTime.Day(new DateTime(2025, 12, 21, 23, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Day_OfAValueReadWithoutItsKind_TakesItAsUtc()
    {
        Assert.Equal(new DateOnly(2025, 12, 22), PortalTime.Day(new DateTime(2025, 12, 22, 0, 15, 0, DateTimeKind.Unspecified)));
    }
}
