using AesSummit.Web.Features.Texts;

namespace AesSummit.Web.Tests.Features.Texts;

public sealed class TextFileIntakeTests
{
    [Theory]
    [InlineData("protocole.pdf", "protocole.pdf")]
    [InlineData("../../etc/protocole.pdf", "protocole.pdf")]
    [InlineData("..\\..\\windows\\protocole.pdf", "protocole.pdf")]
    [InlineData("pro\u0000to\u0007cole.pdf", "protocole.pdf")]
    [InlineData("facture\u202Efdp.exe", "facturefdp.exe")]
    [InlineData("  ..  ", "document.pdf")]
    [InlineData("..", "document.pdf")]
    [InlineData("", "document.pdf")]
    [InlineData(null, "document.pdf")]
    public void PlainName_KeepsOnlyAPlainLastSegment(string? sent, string kept) =>
        Assert.Equal(kept, TextFileIntake.PlainName(sent));

    [Fact]
    public void PlainName_OfALongName_KeepsTwoHundredCharactersWithoutCuttingACharacterInTwo()
    {
        // 199 letters then an emoji (two UTF-16 units) straddling the limit.
        var name = new string('a', 199) + "😀" + ".pdf";

        var kept = TextFileIntake.PlainName(name);

        Assert.Equal(new string('a', 199), kept);
        Assert.Equal(200, TextFileIntake.PlainName(new string('b', 300)).Length);
    }
}
