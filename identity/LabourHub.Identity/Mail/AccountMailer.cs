using System.Globalization;
using System.Net;
using System.Net.Mail;
using LabourHub.Identity.Accounts;
using Microsoft.Extensions.Localization;

namespace LabourHub.Identity.Mail;

/// <summary>
/// Sends account e-mail (confirmation, password reset) in the person's chosen language, through SMTP when configured,
/// otherwise into the pickup folder as .eml files. Addresses never reach the logs.
/// </summary>
public sealed class AccountMailer(LabourHubIdentityOptions options, IStringLocalizer<IdentityResource> localizer)
{
    public Task SendConfirmationAsync(LabourHubUser user, Uri link, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.ConfirmSubject", "Mail.ConfirmBody", link, cancellationToken);

    public Task SendInvitationAsync(LabourHubUser user, Uri link, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.InviteSubject", "Mail.InviteBody", link, cancellationToken);

    public Task SendPasswordResetAsync(LabourHubUser user, Uri link, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.ResetSubject", "Mail.ResetBody", link, cancellationToken);

    /// <summary>A business owner invited this recruiter; {1} in the text is the business's name.</summary>
    public Task SendRecruiterInvitationAsync(LabourHubUser user, string businessName, Uri link, CancellationToken cancellationToken) =>
        SendAsync(user, "Mail.RecruiterSubject", "Mail.RecruiterBody", link, cancellationToken, businessName);

    private async Task SendAsync(LabourHubUser user, string subjectKey, string bodyKey, Uri link, CancellationToken cancellationToken, params object[] more)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(user.Email))
        {
            throw new InvalidOperationException("The account has no e-mail address.");
        }

        var previous = CultureInfo.CurrentUICulture;
        string subject;
        string body;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(user.PreferredCulture);
            subject = localizer[subjectKey];
            body = localizer[bodyKey, [link.AbsoluteUri, .. more]];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        await SendTextAsync(user.Email, subject, body, cancellationToken);
    }

    /// <summary>
    /// Sends a plain-text message already written in the recipient's language (the host's notifications use it). The
    /// caller never logs the address or the text.
    /// </summary>
    public async Task SendTextAsync(string address, string subject, string body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        using var message = new MailMessage(options.MailFrom, address, subject, body)
        {
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.Base64,
        };
        using var client = CreateClient();
        await client.SendMailAsync(message, cancellationToken);
    }

    private SmtpClient CreateClient()
    {
        if (string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            Directory.CreateDirectory(options.MailPickupFolder);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = options.MailPickupFolder };
        }

        return new SmtpClient(options.SmtpHost, options.SmtpPort)
        {
            EnableSsl = true,
            Credentials = options.SmtpUser is null ? null : new NetworkCredential(options.SmtpUser, options.SmtpPassword),
        };
    }
}
