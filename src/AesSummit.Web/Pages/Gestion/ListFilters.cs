using System.Globalization;
using System.Linq.Expressions;
using AesSummit.Web.Features.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AesSummit.Web.Pages.Gestion;

/// <summary>What a back-office list is narrowed to, read from its query string: words, state, summit, order and page.</summary>
public sealed class ListFilters
{
    public const int PageSize = 50;

    /// <summary>The longest search kept: a title is at most 200 characters.</summary>
    public const int MaxQueryLength = 200;

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "etat")]
    public PublicationStatus? Status { get; set; }

    [FromQuery(Name = "sommet")]
    public string? Summit { get; set; }

    /// <summary><c>ancien</c> for the oldest change first; otherwise the newest first.</summary>
    [FromQuery(Name = "tri")]
    public string? Order { get; set; }

    [FromQuery(Name = "page")]
    public int Page { get; set; } = 1;

    public bool OldestFirst => Order == "ancien";

    /// <summary>The search as a lower-case LIKE pattern (its own % and _ taken literally), or null when there is none; compared with lower-cased columns, as PostgreSQL's LIKE minds case.</summary>
    public string? LikePattern
    {
        get
        {
            var words = Query?.Trim();
            if (string.IsNullOrEmpty(words))
            {
                return null;
            }

            words = (words.Length > MaxQueryLength ? words[..MaxQueryLength] : words).ToLowerInvariant();
            return "%" + words.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        }
    }

    /// <summary>
    /// One page of <paramref name="rows"/>, newest or oldest change first (ties by id), ordered in the store; brings
    /// <see cref="Page"/> within the pages there are.
    /// </summary>
    public async Task<ListPage<T>> PageOfAsync<T>(IQueryable<T> rows, Expression<Func<T, DateTime>> changedAtUtc, Expression<Func<T, int>> id)
    {
        var total = await rows.CountAsync();
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        Page = Math.Clamp(Page, 1, pageCount);
        var ordered = OldestFirst ? rows.OrderBy(changedAtUtc).ThenBy(id) : rows.OrderByDescending(changedAtUtc).ThenByDescending(id);
        return new ListPage<T>(await ordered.Skip((Page - 1) * PageSize).Take(PageSize).ToListAsync(), total, pageCount);
    }

    /// <summary>The address of another page of the same list.</summary>
    public string UrlOf(string path, int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", Query?.Trim());
        Add("etat", Status?.ToString());
        Add("sommet", Summit);
        Add("tri", OldestFirst ? "ancien" : null);
        Add("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return query.Count == 0 ? path : $"{path}?{string.Join("&", query)}";
    }
}

/// <summary>One page of a back-office list, with how many items match and how many pages they make.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int PageCount);
