namespace AesSummit.Web.Features.Publishing;

/// <summary>An item addressed by a unique slug made from its title; the store gives it the next free one when two are created at once.</summary>
public interface ISlugged
{
    string Slug { get; }

    string Title { get; }

    /// <summary>Takes another slug; only before the item is first saved, when nobody can have linked to it yet.</summary>
    void ChangeSlugBeforeFirstSave(string slug);
}
