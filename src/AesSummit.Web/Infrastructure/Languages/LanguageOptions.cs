namespace AesSummit.Web.Infrastructure.Languages;

/// <summary>
/// The <c>Languages</c> section: the portal's languages, by culture code, the first being the default, served at the
/// unprefixed addresses; each other one lives under <c>/{code}/</c>. A language is added by translators: its code here and its
/// <c>SharedResource.{code}.resx</c> beside the others, no code change.
/// </summary>
public sealed class LanguageOptions
{
    public const string Section = "Languages";

    /// <summary>Empty when not configured, which means French alone (a list given here replaces it, it is never appended to).</summary>
    public string[] Supported { get; set; } = [];

    /// <summary>The folder of the UI's resource files, relative to the content root.</summary>
    public string ResourcesPath { get; set; } = "Resources";
}
