using AesSummit.Web.Features.Programme;

namespace AesSummit.Web.Tests.Features.Programme;

public sealed class PhaseTests
{
    private static readonly TimeZoneInfo Niamey = TimeZoneInfo.FindSystemTimeZoneById("Africa/Niamey");

    private static Phase OneDayPhase() =>
        new("sommet", new PhaseDetails(0, "Sommet", "Chefs d'État", new DateOnly(2024, 7, 6), new DateOnly(2024, 7, 6), "", ""));

    [Theory]
    [InlineData("2024-07-05T22:59:00Z", PhaseState.Upcoming)]
    [InlineData("2024-07-05T23:00:00Z", PhaseState.Ongoing)]
    [InlineData("2024-07-06T22:59:00Z", PhaseState.Ongoing)]
    [InlineData("2024-07-06T23:00:00Z", PhaseState.Finished)]
    public void StateAt_FollowsTheLocalDaysOfTheSummitsZone(string now, PhaseState expected)
    {
        Assert.Equal(expected, OneDayPhase().StateAt(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Niamey));
    }

    [Fact]
    public void Apply_WhenTheEndIsBeforeTheStart_IsRefused()
    {
        var phase = OneDayPhase();

        Assert.Throws<ArgumentException>(() =>
            phase.Apply(new PhaseDetails(0, "Sommet", "Chefs d'État", new DateOnly(2024, 7, 6), new DateOnly(2024, 7, 5), "", "")));
    }

    [Fact]
    public void SessionApply_WhenTheEndIsBeforeTheStart_IsRefused()
    {
        var start = new DateTime(2024, 7, 6, 10, 0, 0, DateTimeKind.Utc);

        Assert.Throws<ArgumentException>(() => new Session("s", new SessionDetails(
            "Séance", SessionKind.Plenary, start, start.AddHours(-1), "Salle", "", "", SessionStatus.Scheduled, false)));
    }
}
