using Microsoft.Extensions.Time.Testing;

namespace AesSummit.Web.Tests.Support;

/// <summary>Fixed instants the tests set the portal's clock to.</summary>
public static class TestClock
{
    /// <summary>Sunday 21 December 2025, 12:00 in Bamako (GMT): experts done, ministers sitting, heads of state to come.</summary>
    public static readonly DateTimeOffset DuringMinisters = new(2025, 12, 21, 12, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider At(DateTimeOffset now) => new(now);
}
