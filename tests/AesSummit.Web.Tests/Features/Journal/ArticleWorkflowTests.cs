using AesSummit.Web.Features.Journal;
using AesSummit.Web.Features.Publishing;
using AesSummit.Web.Tests.Support;
using static AesSummit.Web.Tests.Support.TestActors;

namespace AesSummit.Web.Tests.Features.Journal;

public sealed class ArticleWorkflowTests
{
    private static readonly DateTime Now = new(2025, 12, 20, 10, 0, 0, DateTimeKind.Utc);

    private static Article Submitted()
    {
        var article = new ArticleBuilder().Draft(Writer);
        article.Submit(Writer, Now);
        return article;
    }

    private static void Refused(WorkflowRefusal reason, Action move) =>
        Assert.Equal(reason, Assert.Throws<WorkflowException>(move).Reason);

    [Fact]
    public void CreateDraft_ByAWriter_IsADraftWithItsCreationAudited()
    {
        var article = new ArticleBuilder().Draft(Writer);

        Assert.Equal(PublicationStatus.Draft, article.Status);
        var entry = Assert.Single(article.History);
        Assert.Equal((WorkflowAction.Created, Writer.UserId, PublicationStatus.Draft), (entry.Action, entry.ActorId, entry.ToStatus));
    }

    [Fact]
    public void CreateDraft_BySomeoneWhoIsNotAWriter_IsRefused() =>
        Refused(WorkflowRefusal.NotAllowed, () => new ArticleBuilder().Draft(Secretariat));

    [Fact]
    public void Submit_ByTheAuthor_MovesToSubmitted()
    {
        Assert.Equal(PublicationStatus.Submitted, Submitted().Status);
    }

    [Fact]
    public void Submit_ByAnotherWriter_IsRefused() =>
        Refused(WorkflowRefusal.NotTheAuthor, () => new ArticleBuilder().Draft(Writer).Submit(OtherWriter, Now));

    [Fact]
    public void Submit_WhenAlreadySubmitted_IsRefused() =>
        Refused(WorkflowRefusal.WrongState, () => Submitted().Submit(Writer, Now));

    [Fact]
    public void Validate_ByTheSecretariat_PublishesNowAndStamps()
    {
        var article = Submitted();

        article.Validate(Secretariat, Now);

        Assert.Equal(PublicationStatus.Published, article.Status);
        Assert.Equal(Now, article.PublishedAtUtc);
        Assert.Equal((Secretariat.UserId, Secretariat.Name, Now), (article.ValidatedById, article.ValidatedBy, article.ValidatedAtUtc));
        Assert.True(article.IsVisibleAt(Now));
    }

    [Fact]
    public void Validate_WithAFutureTime_IsNotVisibleBeforeIt()
    {
        var article = Submitted();

        article.Validate(Secretariat, Now, Now.AddDays(1));

        Assert.False(article.IsVisibleAt(Now.AddHours(23)));
        Assert.True(article.IsVisibleAt(Now.AddDays(1)));
    }

    [Fact]
    public void Validate_WithAPastTime_IsRefusedRatherThanBackdatedOrMadeNow()
    {
        var article = Submitted();

        Refused(WorkflowRefusal.PublicationTimePassed, () => article.Validate(Secretariat, Now, Now.AddDays(-3)));
        Assert.Equal(PublicationStatus.Submitted, article.Status);
    }

    [Fact]
    public void Unschedule_BeforeItsTime_PutsItBackToValidation()
    {
        var article = Submitted();
        article.Validate(Secretariat, Now, Now.AddDays(2));

        article.Unschedule(Secretariat, Now.AddHours(1));

        Assert.Equal(PublicationStatus.Submitted, article.Status);
        Assert.Null(article.PublishedAtUtc);
        Assert.Equal(WorkflowAction.Unscheduled, article.History[^1].Action);
    }

    [Fact]
    public void Unschedule_OnceItsTimeHasCome_IsRefused()
    {
        var article = Submitted();
        article.Validate(Secretariat, Now, Now.AddDays(2));

        Refused(WorkflowRefusal.WrongState, () => article.Unschedule(Secretariat, Now.AddDays(3)));
        Assert.Equal(PublicationStatus.Published, article.Status);
    }

    [Fact]
    public void Unschedule_ByAWriter_IsRefused()
    {
        var article = Submitted();
        article.Validate(Secretariat, Now, Now.AddDays(2));

        Refused(WorkflowRefusal.NotAllowed, () => article.Unschedule(OtherWriter, Now));
    }

    [Fact]
    public void Validate_ByAWriter_IsRefused() =>
        Refused(WorkflowRefusal.NotAllowed, () => Submitted().Validate(OtherWriter, Now));

    [Fact]
    public void Validate_WhenAuthorIsValidator_IsRefused()
    {
        var article = new ArticleBuilder().Draft(WriterAndSecretariat);
        article.Submit(WriterAndSecretariat, Now);

        Refused(WorkflowRefusal.FourEyes, () => article.Validate(WriterAndSecretariat, Now));
        Assert.Equal(PublicationStatus.Submitted, article.Status);
    }

    [Fact]
    public void Validate_WhenTheValidatorLastEditedIt_IsRefused()
    {
        var article = new ArticleBuilder().Draft(WriterAndSecretariat);
        article.Submit(WriterAndSecretariat, Now);
        article.SendBack(Secretariat, "Préciser la date.", Now);
        article.Edit(new ArticleBuilder().WithTitle("Corrigé").BuildContent(), WriterAndSecretariat, Now);
        article.Submit(WriterAndSecretariat, Now);

        Refused(WorkflowRefusal.FourEyes, () => article.Validate(WriterAndSecretariat, Now));
    }

    [Fact]
    public void Validate_OfADraft_IsRefused() =>
        Refused(WorkflowRefusal.WrongState, () => new ArticleBuilder().Draft(Writer).Validate(Secretariat, Now));

    [Fact]
    public void SendBack_WithAReason_LetsTheAuthorEditAndResubmit()
    {
        var article = Submitted();

        article.SendBack(Secretariat, "Vérifier le titre.", Now);
        article.Edit(new ArticleBuilder().WithTitle("Titre vérifié").BuildContent(), Writer, Now.AddMinutes(5));
        article.Submit(Writer, Now.AddMinutes(6));

        Assert.Equal(PublicationStatus.Submitted, article.Status);
        Assert.Equal("Titre vérifié", article.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void SendBack_WithoutAReason_IsRefused(string reason) =>
        Refused(WorkflowRefusal.ReasonRequired, () => Submitted().SendBack(Secretariat, reason, Now));

    [Fact]
    public void SendBack_WithAReasonOverTheLimit_IsRefused() =>
        Refused(WorkflowRefusal.ReasonTooLong, () => Submitted().SendBack(Secretariat, new string('a', PublishableItem.MaxReasonLength + 1), Now));

    [Fact]
    public void SendBack_WithCrlfLineBreaks_CountsEachBreakAsOneCharacter()
    {
        // What a browser sends for a textarea filled to its maxlength with line breaks.
        var lines = string.Join("\r\n", Enumerable.Repeat(new string('a', 99), PublishableItem.MaxReasonLength / 100));
        var article = Submitted();

        article.SendBack(Secretariat, lines, Now);

        Assert.Equal(string.Join("\n", Enumerable.Repeat(new string('a', 99), PublishableItem.MaxReasonLength / 100)), article.SendBackReason);
    }

    [Fact]
    public void SendBack_ByAWriter_IsRefused() =>
        Refused(WorkflowRefusal.NotAllowed, () => Submitted().SendBack(OtherWriter, "Non.", Now));

    [Fact]
    public void Edit_OfASubmittedArticle_IsRefused() =>
        Refused(WorkflowRefusal.WrongState, () => Submitted().Edit(new ArticleBuilder().BuildContent(), Writer, Now));

    [Fact]
    public void Edit_ByAnotherWriter_IsRefused() =>
        Refused(WorkflowRefusal.NotTheAuthor, () => new ArticleBuilder().Draft(Writer).Edit(new ArticleBuilder().BuildContent(), OtherWriter, Now));

    [Fact]
    public void Withdraw_OfAPublishedArticle_KeepsItReachableWithItsExplanation()
    {
        var article = Submitted();
        article.Validate(Secretariat, Now);

        article.Withdraw(Secretariat, "Information erronée.", Now.AddHours(1));

        Assert.Equal(PublicationStatus.Withdrawn, article.Status);
        Assert.Equal("Information erronée.", article.WithdrawalExplanation);
        Assert.False(article.IsVisibleAt(Now.AddHours(2)));
    }

    [Fact]
    public void Withdraw_WithoutAnExplanation_IsRefused()
    {
        var article = Submitted();
        article.Validate(Secretariat, Now);

        Refused(WorkflowRefusal.ReasonRequired, () => article.Withdraw(Secretariat, " ", Now));
    }

    [Fact]
    public void Withdraw_OfASubmittedArticle_IsRefused() =>
        Refused(WorkflowRefusal.WrongState, () => Submitted().Withdraw(Secretariat, "Retrait.", Now));

    [Fact]
    public void History_RecordsEveryMoveWithWhoWhenFromToAndWhy()
    {
        var article = Submitted();
        article.SendBack(Secretariat, "Ajouter une source.", Now.AddMinutes(1));
        article.Edit(new ArticleBuilder().BuildContent(), Writer, Now.AddMinutes(2));
        article.Submit(Writer, Now.AddMinutes(3));
        article.Validate(Secretariat, Now.AddMinutes(4));
        article.Withdraw(Secretariat, "Doublon.", Now.AddMinutes(5));

        Assert.Equal(
            [
                (WorkflowAction.Created, Writer.UserId, (PublicationStatus?)null, PublicationStatus.Draft, (string?)null),
                (WorkflowAction.Submitted, Writer.UserId, PublicationStatus.Draft, PublicationStatus.Submitted, null),
                (WorkflowAction.SentBack, Secretariat.UserId, PublicationStatus.Submitted, PublicationStatus.SentBack, "Ajouter une source."),
                (WorkflowAction.Edited, Writer.UserId, PublicationStatus.SentBack, PublicationStatus.SentBack, null),
                (WorkflowAction.Submitted, Writer.UserId, PublicationStatus.SentBack, PublicationStatus.Submitted, null),
                (WorkflowAction.Validated, Secretariat.UserId, PublicationStatus.Submitted, PublicationStatus.Published, null),
                (WorkflowAction.Withdrawn, Secretariat.UserId, PublicationStatus.Published, PublicationStatus.Withdrawn, "Doublon."),
            ],
            article.History.Select(h => (h.Action, h.ActorId, h.FromStatus, h.ToStatus, h.Note)));
    }
}
