using DiffPlex;
using DiffPlex.Chunkers;

namespace AesSummit.Web.Features.Journal;

/// <summary>What a piece of a word-level comparison is: kept, removed from the old text, or added by the new one.</summary>
public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>One run of words of a comparison.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>A word-level comparison of two texts, by DiffPlex: what the Secretariat reads to see what changed since it last looked.</summary>
public static class WordDiff
{
    /// <summary>Past this many characters on either side, the texts are not compared word by word (the cost grows with both).</summary>
    public const int MaxComparedLength = 30_000;

    public static IReadOnlyList<DiffPiece> Compare(string oldText, string newText)
    {
        if (oldText.Length > MaxComparedLength || newText.Length > MaxComparedLength)
        {
            // Too long to compare on a request: the old text struck out, the new one given whole.
            return oldText == newText ? [new DiffPiece(DiffKind.Same, newText)] : [new DiffPiece(DiffKind.Removed, oldText), new DiffPiece(DiffKind.Added, newText)];
        }

        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, new DelimiterChunker([' ', '\n']));
        var pieces = new List<DiffPiece>();
        void Emit(DiffKind kind, string text)
        {
            // Consecutive words of one kind make one run.
            if (pieces.Count > 0 && pieces[^1].Kind == kind)
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
            }
            else
            {
                pieces.Add(new DiffPiece(kind, text));
            }
        }

        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; position < block.DeleteStartA; position++)
            {
                Emit(DiffKind.Same, result.PiecesOld[position]);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                Emit(DiffKind.Removed, result.PiecesOld[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                Emit(DiffKind.Added, result.PiecesNew[block.InsertStartB + i]);
            }

            position = block.DeleteStartA + block.DeleteCountA;
        }

        for (; position < result.PiecesOld.Count; position++)
        {
            Emit(DiffKind.Same, result.PiecesOld[position]);
        }

        return pieces;
    }

    public static bool HasChanges(IReadOnlyList<DiffPiece> pieces) => pieces.Any(p => p.Kind != DiffKind.Same);
}
