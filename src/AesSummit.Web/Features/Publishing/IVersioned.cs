namespace AesSummit.Web.Features.Publishing;

/// <summary>An entity guarded by optimistic concurrency: SQLite cannot make row versions, so the store renews this token on every save.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
