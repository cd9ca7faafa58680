using AesSummit.Web.Features.Search;

namespace AesSummit.Web.Tests.Features.Search;

public sealed class SearchQueriesTests
{
    [Theory]
    [InlineData("l'État et la défense", "\"État\"* \"défense\"*")]
    [InlineData("Protocoles additionnels", "\"Protocole\"* \"additionnel\"*")]
    [InlineData("\"a\" OR b* NEAR(c) -d:e", "\"OR\"* \"NEAR\"*")]
    [InlineData("de la", "\"de\"* \"la\"*")]
    public void MatchExpression_KeepsOnlyWordsAsPrefixes(string input, string expected)
    {
        Assert.Equal(expected, SearchQueries.MatchExpression(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("* - \" ( )")]
    [InlineData("a b c")]
    public void MatchExpression_WithNothingToSearch_IsNull(string? input)
    {
        Assert.Null(SearchQueries.MatchExpression(input));
    }

    [Fact]
    public void Highlight_EncodesTheTextAndMarksOnlyTheMatches()
    {
        var html = SearchQueries.Highlight("<b>\uE000défense\uE001</b> & co");

        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.Equal("&lt;b&gt;<mark>défense</mark>&lt;/b&gt; &amp; co", writer.ToString());
    }
}
