using LabourHub.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace LabourHub.Application.Notifications.ListNotifications;

/// <summary>The signed-in person's notifications, newest first; the unread count for the header; marking as read.</summary>
public sealed class NotificationsHandler(ILabourHubDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<NotificationItem>> ListAsync(string userId, int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 1, Paging.MaxPage);
        pageSize = Math.Clamp(pageSize, 1, Paging.MaxPageSize);
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == userId);
        var total = await mine.CountAsync(cancellationToken);
        var rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<NotificationItem>(rows.Select(NotificationItem.From).ToList(), total, page, pageSize);
    }

    public Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.RecipientUserId == userId && n.ReadAt == null, cancellationToken);

    /// <summary>Marks one (or, with no id, every) notification of the caller as read; false when the id is not theirs.</summary>
    public async Task<bool> MarkReadAsync(string userId, Guid? notificationId, CancellationToken cancellationToken)
    {
        var unread = db.Notifications.Where(n => n.RecipientUserId == userId && n.ReadAt == null);
        if (notificationId is { } id)
        {
            if (!await db.Notifications.AnyAsync(n => n.Id == id && n.RecipientUserId == userId, cancellationToken))
            {
                return false;
            }

            unread = unread.Where(n => n.Id == id);
        }

        var now = clock.GetUtcNow();
        foreach (var notification in await unread.ToListAsync(cancellationToken))
        {
            notification.MarkRead(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
