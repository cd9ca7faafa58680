using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Features.Texts;
using static AesSummit.Web.Tests.Support.TestActors;

namespace AesSummit.Web.Tests.Features.Texts;

public sealed class OfficialTextWorkflowTests
{
    private static readonly DateTime Now = new(2025, 12, 23, 18, 0, 0, DateTimeKind.Utc);

    private static readonly OfficialTextMetadata Metadata =
        new("AES/T/1", "Protocole", TextKind.AdditionalProtocol, "Collège", new DateOnly(2025, 12, 23), "fr", "Résumé", null, true);

    private static UploadedFile File(string sha) => new("p.pdf", PdfFile.MediaType, 100, sha);

    private static TextEditionProposal Edition(UploadedFile? file, string? title = null, string? summary = null, string? note = "Fichier remplacé.") =>
        new(file, title, summary, note);

    private static OfficialText Published()
    {
        var text = OfficialText.CreateDraft("protocole", Metadata, File("a1"), Writer, Now);
        text.Submit(Writer, Now);
        text.Validate(Secretariat, Now);
        return text;
    }

    [Fact]
    public void FromAdoptedContent_CarriesTheTextsOwnDate_AndAuditsTheImportWhenItHappened()
    {
        var publishedOn = new DateTime(2024, 7, 8, 0, 0, 0, DateTimeKind.Utc);

        var text = OfficialText.FromAdoptedContent("traite", Metadata, File("a1"), publishedOn, Now);

        Assert.Equal((1, publishedOn), (text.CurrentFile!.Number, text.CurrentFile.AddedAtUtc));
        Assert.Equal(publishedOn, text.PublishedAtUtc);
        Assert.Equal(publishedOn, text.ValidatedAtUtc);
        Assert.Equal((WorkflowAction.Imported, Now), (text.History[^1].Action, text.History[^1].AtUtc));
    }

    [Fact]
    public void FromAdoptedContent_DatedAfterTheImport_IsPublicFromTheImport()
    {
        var text = OfficialText.FromAdoptedContent("traite", Metadata, File("a1"), Now.AddDays(3), Now);

        Assert.Equal(Now, text.CurrentFile!.AddedAtUtc);
        Assert.Equal(Now, text.PublishedAtUtc);
    }

    [Fact]
    public void ApplyImport_OfAnotherFile_IsANewVersionOfTheDayItIsImported()
    {
        var publishedOn = new DateTime(2024, 7, 8, 0, 0, 0, DateTimeKind.Utc);
        var text = OfficialText.FromAdoptedContent("traite", Metadata, File("a1"), publishedOn, Now);

        text.ApplyImport(Metadata, File("b2"), publishedOn, Now.AddDays(1));

        Assert.Equal([(2, Now.AddDays(1)), (1, publishedOn)], text.PublishedFiles.Select(f => (f.Number, f.AddedAtUtc)));
        Assert.Equal(publishedOn, text.PublishedAtUtc);
    }

    [Fact]
    public void Validate_ForATimeAlreadyPast_IsRefused()
    {
        var text = OfficialText.CreateDraft("protocole", Metadata, File("a1"), Writer, Now);
        text.Submit(Writer, Now);

        Assert.Equal(WorkflowRefusal.PublicationTimePassed, Assert.Throws<WorkflowException>(() => text.Validate(Secretariat, Now, Now.AddHours(-2))).Reason);
        Assert.Equal(PublicationStatus.Submitted, text.Status);
    }

    [Fact]
    public void Validate_ForTheCurrentMinute_PublishesNow()
    {
        var text = OfficialText.CreateDraft("protocole", Metadata, File("a1"), Writer, Now);
        text.Submit(Writer, Now);

        text.Validate(Secretariat, Now, Now.AddSeconds(-40));

        Assert.Equal(Now, text.PublishedAtUtc);
    }

    [Fact]
    public void Validate_WhenAuthorIsValidator_IsRefused()
    {
        var text = OfficialText.CreateDraft("protocole", Metadata, File("a1"), WriterAndSecretariat, Now);
        text.Submit(WriterAndSecretariat, Now);

        Assert.Equal(WorkflowRefusal.FourEyes, Assert.Throws<WorkflowException>(() => text.Validate(WriterAndSecretariat, Now)).Reason);
    }

    [Fact]
    public void Edit_OfADraftWithANewFile_ReplacesTheFileWithoutANewVersion()
    {
        var text = OfficialText.CreateDraft("protocole", Metadata, File("a1"), Writer, Now);

        text.Edit(Metadata, File("b2"), Writer, Now);

        var file = Assert.Single(text.Files);
        Assert.Equal((1, "b2"), (file.Number, file.Sha256));
    }

    [Fact]
    public void ProposeEdition_KeepsTheCurrentVersionPublicUntilValidated()
    {
        var text = Published();

        text.ProposeEdition(Edition(File("b2")), Writer, Now);

        Assert.Equal("a1", text.CurrentFile!.Sha256);
        Assert.Equal("b2", text.PendingFile!.Sha256);
    }

    [Fact]
    public void ValidateFile_ByAnotherPerson_MakesVersionTwoAndKeepsVersionOne()
    {
        var text = Published();
        text.ProposeEdition(Edition(File("b2")), Writer, Now);

        text.ValidateFile(Secretariat, "b2", Now.AddHours(1));

        Assert.Equal([(2, "b2"), (1, "a1")], text.PublishedFiles.Select(f => (f.Number, f.Sha256)));
        Assert.Null(text.PendingFile);
        Assert.Equal(WorkflowAction.FileValidated, text.History[^1].Action);
    }

    [Fact]
    public void ValidateFile_ByWhoeverProposedIt_IsRefused()
    {
        var text = OfficialText.CreateDraft("protocole", Metadata, File("a1"), Writer, Now);
        text.Submit(Writer, Now);
        text.Validate(WriterAndSecretariat, Now);
        text.ProposeEdition(Edition(File("b2")), WriterAndSecretariat, Now);

        Assert.Equal(WorkflowRefusal.FourEyes, Assert.Throws<WorkflowException>(() => text.ValidateFile(WriterAndSecretariat, "b2", Now)).Reason);
    }

    [Fact]
    public void DeclineFile_DropsTheProposalAndRecordsWhy()
    {
        var text = Published();
        text.ProposeEdition(Edition(File("b2")), Writer, Now);

        text.DeclineFile(Secretariat, "b2", "Mauvais fichier.", Now);

        Assert.Null(text.PendingFile);
        Assert.Equal(("a1", "Mauvais fichier."), (text.CurrentFile!.Sha256, text.History[^1].Note));
    }

    [Fact]
    public void ValidateFile_WhenAnotherFileWaitsThanTheOneSeen_IsRefusedAndPublishesNothing()
    {
        var text = Published();
        text.ProposeEdition(Edition(File("b2")), Writer, Now);
        text.ProposeEdition(Edition(File("c3")), Writer, Now);

        Assert.Equal(WorkflowRefusal.NotWhatWasSeen, Assert.Throws<WorkflowException>(() => text.ValidateFile(Secretariat, "b2", Now)).Reason);
        Assert.Equal(("a1", "c3"), (text.CurrentFile!.Sha256, text.PendingFile!.Sha256));
    }

    [Fact]
    public void DeclineFile_WhenAnotherFileWaitsThanTheOneSeen_IsRefusedAndKeepsIt()
    {
        var text = Published();
        text.ProposeEdition(Edition(File("c3")), Writer, Now);

        Assert.Equal(WorkflowRefusal.NotWhatWasSeen, Assert.Throws<WorkflowException>(() => text.DeclineFile(Secretariat, "b2", "Mauvais fichier.", Now)).Reason);
        Assert.Equal("c3", text.PendingFile!.Sha256);
    }

    [Fact]
    public void ValidateFile_NamingNoFile_IsRefused()
    {
        var text = Published();
        text.ProposeEdition(Edition(File("b2")), Writer, Now);

        Assert.Equal(WorkflowRefusal.NotWhatWasSeen, Assert.Throws<WorkflowException>(() => text.ValidateFile(Secretariat, string.Empty, Now)).Reason);
    }

    [Fact]
    public void ProposeEdition_ForADraft_IsRefused() =>
        Assert.Throws<WorkflowException>(() => OfficialText.CreateDraft("p", Metadata, File("a1"), Writer, Now).ProposeEdition(Edition(File("b2")), Writer, Now));

    [Fact]
    public void ValidateFile_OfAnEditionCorrectingTheTitle_CorrectsItKeepingTheFileAndTheNote()
    {
        var text = Published();
        text.ProposeEdition(Edition(null, title: "Protocole corrigé", note: "Titre corrigé."), Writer, Now);
        Assert.Equal("Protocole", text.Title);

        text.ValidateFile(Secretariat, "a1", Now.AddHours(1));

        Assert.Equal("Protocole corrigé", text.Title);
        Assert.Equal("Résumé", text.Summary);
        Assert.Equal([(2, "a1", "Titre corrigé."), (1, "a1", null)], text.PublishedFiles.Select(f => (f.Number, f.Sha256, f.ChangeNote)));
    }

    [Fact]
    public void ProposeEdition_WithoutAChangeNote_IsRefused() =>
        Assert.Equal(WorkflowRefusal.ChangeNoteRequired, Assert.Throws<WorkflowException>(() => Published().ProposeEdition(Edition(File("b2"), note: " "), Writer, Now)).Reason);

    [Fact]
    public void ProposeEdition_ThatChangesNothing_IsRefused()
    {
        var text = Published();

        var refusal = Assert.Throws<WorkflowException>(() => text.ProposeEdition(Edition(File("a1"), title: "Protocole", summary: "Résumé "), Writer, Now));

        Assert.Equal(WorkflowRefusal.NothingChanged, refusal.Reason);
        Assert.Null(text.PendingFile);
    }
}
