using AesSummit.Web.Features.Programme;

namespace AesSummit.Web.Tests.Features.Programme;

public sealed class SummitTimeTests
{
    private static readonly TimeZoneInfo Bamako = TimeZoneInfo.FindSystemTimeZoneById("Africa/Bamako");
    private static readonly TimeZoneInfo Niamey = TimeZoneInfo.FindSystemTimeZoneById("Africa/Niamey");

    [Fact]
    public void ToUtc_InNiamey_IsOneHourEarlier()
    {
        var utc = SummitTime.ToUtc(new DateTime(2024, 7, 6, 10, 0, 0), Niamey);

        Assert.Equal(new DateTime(2024, 7, 6, 9, 0, 0, DateTimeKind.Utc), utc);
    }

    [Fact]
    public void ToLocal_InBamako_IsTheSameHour()
    {
        var local = SummitTime.ToLocal(new DateTime(2025, 12, 20, 10, 0, 0, DateTimeKind.Utc), Bamako);

        Assert.Equal(new DateTime(2025, 12, 20, 10, 0, 0), local);
    }

    [Fact]
    public void OffsetLabel_SaysGmtForBamakoAndUtcPlusOneForNiamey()
    {
        var instant = new DateTime(2025, 12, 20, 10, 0, 0, DateTimeKind.Utc);

        Assert.Equal("GMT", SummitTime.OffsetLabel(instant, Bamako));
        Assert.Equal("UTC+1", SummitTime.OffsetLabel(instant, Niamey));
    }

    [Fact]
    public void OffsetLabel_WritesHalfHourOffsets()
    {
        var kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

        Assert.Equal("UTC+5:30", SummitTime.OffsetLabel(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), kolkata));
    }
}
