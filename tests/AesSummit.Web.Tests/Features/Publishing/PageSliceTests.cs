using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Tests.Features.Publishing;

/// <summary>A page is read from the nearer end of its list, and holds exactly the rows it would from the front.</summary>
public sealed class PageSliceTests
{
    [Theory]
    [InlineData(100, 1, 10, 0, 10, false)]
    [InlineData(100, 5, 10, 40, 10, false)]
    [InlineData(100, 7, 10, 30, 10, true)]
    [InlineData(100, 10, 10, 0, 10, true)]
    [InlineData(95, 10, 10, 0, 5, true)]
    [InlineData(95, 9, 10, 5, 10, true)]
    [InlineData(0, 1, 10, 0, 0, false)]
    [InlineData(3, 1, 10, 0, 3, false)]
    public void Of_GivesTheNearerEnd(int total, int page, int pageSize, int skip, int take, bool fromEnd) =>
        Assert.Equal(new PageSlice(skip, take, fromEnd), PageSlice.Of(total, page, pageSize));

    [Theory]
    [InlineData(1, 10)]
    [InlineData(10, 10)]
    [InlineData(95, 10)]
    [InlineData(101, 7)]
    public void EveryPage_HoldsTheRowsItWouldFromTheFront(int total, int pageSize)
    {
        var rows = Enumerable.Range(0, total).ToList();
        var pages = (total + pageSize - 1) / pageSize;

        for (var page = 1; page <= pages; page++)
        {
            var slice = PageSlice.Of(total, page, pageSize);
            var read = slice.FromEnd
                ? Enumerable.Reverse(rows).Skip(slice.Skip).Take(slice.Take).Reverse()
                : rows.Skip(slice.Skip).Take(slice.Take);

            Assert.Equal(rows.Skip((page - 1) * pageSize).Take(pageSize), read);
        }
    }
}
