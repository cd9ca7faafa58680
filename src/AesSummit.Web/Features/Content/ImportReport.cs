namespace AesSummit.Web.Features.Content;

/// <summary>What an import did, item by item.</summary>
public sealed class ImportReport
{
    public List<string> Added { get; } = [];

    public List<string> Updated { get; } = [];

    public int Unchanged { get; set; }

    /// <summary>Items changed in the store since their import and changed in the files too: left as stored.</summary>
    public List<string> Conflicts { get; } = [];

    public bool ChangedAnything => Added.Count > 0 || Updated.Count > 0;
}
