namespace AesSummit.Web.Features.Publishing;

/// <summary>
/// Where one page of a long ordered list lies, read from whichever end of the order is nearer: a database skips rows one by
/// one, so the last page of ten years of articles, read from the oldest end, costs what the first page does.
/// </summary>
/// <param name="Skip">Rows to skip, counted from the end named by <paramref name="FromEnd"/>.</param>
/// <param name="Take">Rows the page holds.</param>
/// <param name="FromEnd">Read in the reverse order (the rows then come oldest first, and are put back in order by the caller).</param>
public readonly record struct PageSlice(int Skip, int Take, bool FromEnd)
{
    /// <summary>Page <paramref name="page"/> (from 1, within the list) of <paramref name="total"/> rows, <paramref name="pageSize"/> a page.</summary>
    public static PageSlice Of(int total, int page, int pageSize)
    {
        var skip = (page - 1) * pageSize;
        var take = Math.Max(0, Math.Min(pageSize, total - skip));
        return skip > total / 2 ? new PageSlice(total - skip - take, take, FromEnd: true) : new PageSlice(skip, take, FromEnd: false);
    }
}
