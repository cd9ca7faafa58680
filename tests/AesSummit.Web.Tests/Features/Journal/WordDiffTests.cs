using AesSummit.Web.Features.Journal;

namespace AesSummit.Web.Tests.Features.Journal;

public sealed class WordDiffTests
{
    private static string Render(IReadOnlyList<DiffPiece> pieces) =>
        string.Concat(pieces.Select(p => p.Kind switch { DiffKind.Removed => $"[-{p.Text}-]", DiffKind.Added => $"{{+{p.Text}+}}", _ => p.Text }));

    [Fact]
    public void Compare_AWordReplaced_MarksThatWordOnly()
    {
        var pieces = WordDiff.Compare("Le Conseil siège au palais", "Le Conseil siège au Palais de Koulouba");

        Assert.Equal("Le Conseil siège au [-palais-]{+Palais de Koulouba+}", Render(pieces));
        Assert.True(WordDiff.HasChanges(pieces));
    }

    [Fact]
    public void Compare_TextsTooLongToCompare_GivesTheOldStruckOutAndTheNewWhole()
    {
        var old = string.Concat(Enumerable.Repeat("mot ", WordDiff.MaxComparedLength / 4 + 1));

        var pieces = WordDiff.Compare(old, "court");

        Assert.Equal([DiffKind.Removed, DiffKind.Added], pieces.Select(p => p.Kind));
        Assert.Equal("court", pieces[1].Text);
    }

    [Fact]
    public void Compare_TheSameText_HasNoChange()
    {
        var pieces = WordDiff.Compare("Un texte\nsur deux lignes", "Un texte\nsur deux lignes");

        Assert.Equal("Un texte\nsur deux lignes", Render(pieces));
        Assert.False(WordDiff.HasChanges(pieces));
    }
}
