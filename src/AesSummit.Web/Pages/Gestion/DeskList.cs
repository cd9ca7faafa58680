namespace AesSummit.Web.Pages.Gestion;

/// <summary>One list of the desk, with the moment it is shown at and what each line says beside its title.</summary>
public sealed record DeskList(IReadOnlyList<IndexModel.DeskItem> Items, DateTime NowUtc, DeskList.Show Kind)
{
    /// <summary>What a line says: how long it has waited and who wrote it, when it goes out, or its state.</summary>
    public enum Show
    {
        Waiting,
        Scheduled,
        Mine,
    }
}
