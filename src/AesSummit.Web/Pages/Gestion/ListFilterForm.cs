using AesSummit.Web.Features.Programme;

namespace AesSummit.Web.Pages.Gestion;

/// <summary>The filter form of a back-office list: where it is, what it filters on, the summits to choose from, how many match.</summary>
public sealed record ListFilterForm(string Path, ListFilters Filters, IReadOnlyList<Summit> Summits, int Total);
