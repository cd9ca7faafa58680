using AesSummit.Web.Features.Publishing;

namespace AesSummit.Web.Features.Texts;

/// <summary>The legal nature of an official text; the texts page groups by it.</summary>
public enum TextKind
{
    [Slug("traite")] Treaty = 0,
    [Slug("protocole-additionnel")] AdditionalProtocol = 1,
    [Slug("declaration")] Declaration = 2,
    [Slug("communique-final")] FinalCommunique = 3,
    [Slug("releve-de-conclusions")] RecordOfConclusions = 4,
    [Slug("rapport")] Report = 5,
}
