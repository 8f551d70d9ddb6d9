using LabourHub.Application.Common;
using LabourHub.Domain.Identifiers;

namespace LabourHub.Application.Employers;

/// <summary>The businesses a signed-in person owns or works for: the one place that answers "whose vacancies may I touch".</summary>
public static class CallerBusinesses
{
    public static IQueryable<EmployerId> Of(ILabourHubDbContext db, string userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Employers
            .Where(e => e.OwnerUserId == userId || db.EmployerMembers.Any(m => m.EmployerId == e.Id && m.UserId == userId))
            .Select(e => e.Id);
    }
}
