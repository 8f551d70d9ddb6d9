using System.Globalization;
using LabourHub.Application.Notifications;
using LabourHub.Application.Notifications.ListNotifications;
using LabourHub.Identity.Accounts;
using LabourHub.Identity.Mail;
using LabourHub.Infrastructure.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LabourHub.Web.Infrastructure;

/// <summary>
/// The e-mail copy of a notification, written in the account's preferred language and sent through the identity
/// project's mailer (SMTP or the pickup folder). Lives in the host because it joins the two stores: the account
/// (address, language) and the marketplace (the notification). Only confirmed addresses are written to.
/// </summary>
public sealed class NotificationMailer(
    UserManager<LabourHubUser> users,
    AccountMailer mailer,
    IStringLocalizer<SharedResource> localizer,
    IOptions<NotificationMailOptions> options) : INotificationMailer
{
    public async Task<NotificationMailOutcome> SendAsync(string recipientUserId, NotificationItem notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var user = await users.FindByIdAsync(recipientUserId);
        if (user is null || string.IsNullOrWhiteSpace(user.Email) || !user.EmailConfirmed)
        {
            return NotificationMailOutcome.NoAddress;
        }

        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        string subject;
        string body;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(user.PreferredCulture);
            var text = NotificationText.Render(localizer, notification);
            var link = new Uri(options.Value.PublicBaseUrl, notification.Link.TrimStart('/'));
            subject = localizer["NotificationMail.Subject"].Value;
            body = localizer["NotificationMail.Body", text, link.AbsoluteUri].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }

        await mailer.SendTextAsync(user.Email, subject, body, cancellationToken);
        return NotificationMailOutcome.Sent;
    }
}
