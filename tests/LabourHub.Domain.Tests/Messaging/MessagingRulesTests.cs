using LabourHub.Domain.Applications;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Messaging;
using LabourHub.Domain.Notifications;

namespace LabourHub.Domain.Tests.Messaging;

[Trait("Capability", "Marketplace")]
public sealed class MessagingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static JobApplication Open() => JobApplication.Submit(VacancyId.New(), WorkerId.New(), Now);

    [Fact]
    public void Write_TrimsTheBody_AndKeepsItAsPlainText()
    {
        var written = ThreadMessage.Write(Open(), MessageSide.Worker, "u1", "  <b>Merhaba</b>\n ", Now);

        Assert.True(written.IsSuccess);
        Assert.Equal("<b>Merhaba</b>", written.Value.Body);
    }

    [Theory]
    [InlineData(null, "message.empty")]
    [InlineData("   ", "message.empty")]
    public void Write_WithoutText_IsRefused(string? body, string code) =>
        Assert.Equal(code, ThreadMessage.Write(Open(), MessageSide.Employer, "u1", body, Now).Error?.Code);

    [Fact]
    public void Write_AtTheLimit_IsAccepted_AndOneMore_IsRefused()
    {
        Assert.True(ThreadMessage.Write(Open(), MessageSide.Worker, "u1", new string('a', ThreadMessage.MaxLength), Now).IsSuccess);
        Assert.Equal("message.too_long", ThreadMessage.Write(Open(), MessageSide.Worker, "u1", new string('a', ThreadMessage.MaxLength + 1), Now).Error?.Code);
    }

    [Theory]
    [InlineData(ApplicationStatus.Withdrawn)]
    [InlineData(ApplicationStatus.Rejected)]
    public void Write_ToAClosedApplication_IsRefused(ApplicationStatus closing)
    {
        var application = Open();
        var closed = closing == ApplicationStatus.Rejected ? application.Reject("skills", Now) : application.MoveTo(closing, Now);
        Assert.True(closed.IsSuccess);

        Assert.Equal("message.closed", ThreadMessage.Write(application, MessageSide.Worker, "u1", "Hello", Now).Error?.Code);
    }

    [Fact]
    public void Report_NeedsAKnownReason_AndHandlingNeedsANote()
    {
        Assert.Equal("report.reason", AbuseReport.File(JobApplicationId.New(), EmployerId.New(), "u1", MessageSide.Worker, "nationality", null, Now).Error?.Code);
        var report = AbuseReport.File(JobApplicationId.New(), EmployerId.New(), "u1", MessageSide.Worker, "fees_asked", "  ", Now).Value;
        Assert.Null(report.Comment);

        Assert.Equal("report.note", report.MarkHandled("cw", " ", Now).Error?.Code);
        Assert.True(report.MarkHandled("cw", "Called them", Now).IsSuccess);
        Assert.True(report.MarkHandled("cw2", "Again", Now.AddHours(1)).IsSuccess);
        Assert.Equal("cw", report.HandledByUserId);
        Assert.Equal(Now, report.HandledAt);

        report.Anonymise();
        Assert.Null(report.ApplicationId);
        Assert.Equal("fees_asked", report.Reason);
    }

    [Fact]
    public void MailFailures_BackOffExponentially_ThenGiveUp()
    {
        var n = Notification.For("u1", NotificationKind.NewMessage, MessageSide.Worker, JobApplicationId.New(), VacancyId.New(), "Kaynakçı", null, Now);

        n.MarkMailFailed(Now);
        Assert.Equal(Now.AddMinutes(1), n.NextMailAttemptAt);
        n.MarkMailFailed(Now);
        Assert.Equal(Now.AddMinutes(2), n.NextMailAttemptAt);
        for (var i = 2; i < Notification.MaxMailAttempts; i++)
        {
            n.MarkMailFailed(Now);
        }

        Assert.Equal(NotificationMailState.GaveUp, n.MailState);
        Assert.Null(n.EmailedAt);
    }
}
