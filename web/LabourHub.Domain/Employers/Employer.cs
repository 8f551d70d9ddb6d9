using LabourHub.Domain.Common;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Reference;
using LabourHub.Domain.ValueObjects;

namespace LabourHub.Domain.Employers;

/// <summary>A business (usually an SME) that hires workers formally.</summary>
public sealed class Employer
{
    private Employer()
    {
        Name = string.Empty;
        NaceCode = string.Empty;
        NaceSection = string.Empty;
        TaxNumber = null!;
    }

    public EmployerId Id { get; private set; }
    public TaxNumber TaxNumber { get; private set; }
    public string Name { get; private set; }

    /// <summary>NACE Rev.2 class code such as "13.20", or a coarser level.</summary>
    public string NaceCode { get; private set; }

    public string NaceSection { get; private set; }
    public int ProvinceCode { get; private set; }
    public string? District { get; private set; }

    /// <summary>Turkish citizens employed; the quota for workers under temporary protection is computed from it.</summary>
    public int TurkishHeadcount { get; private set; }

    public int ForeignHeadcount { get; private set; }
    public VerificationStatus Verification { get; private set; }
    public string? OwnerUserId { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    public static Result<Employer> Register(
        TaxNumber taxNumber,
        string name,
        string naceCode,
        string naceSection,
        int provinceCode,
        string? district,
        int turkishHeadcount,
        int foreignHeadcount,
        string? ownerUserId,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(taxNumber);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            return Result<Employer>.Failure("employer.name");
        }

        if (string.IsNullOrWhiteSpace(naceCode) || naceSection is not { Length: 1 })
        {
            return Result<Employer>.Failure("employer.nace");
        }

        if (!Province.IsValidCode(provinceCode))
        {
            return Result<Employer>.Failure("province.unknown");
        }

        if (turkishHeadcount < 0 || foreignHeadcount < 0)
        {
            return Result<Employer>.Failure("employer.headcount");
        }

        return Result<Employer>.Success(new Employer
        {
            Id = EmployerId.New(),
            TaxNumber = taxNumber,
            Name = name.Trim(),
            NaceCode = naceCode,
            NaceSection = naceSection,
            ProvinceCode = provinceCode,
            District = district,
            TurkishHeadcount = turkishHeadcount,
            ForeignHeadcount = foreignHeadcount,
            OwnerUserId = ownerUserId,
            Verification = VerificationStatus.Pending,
            RegisteredAt = now,
        });
    }

    /// <summary>Hands the business to its owner's account.</summary>
    public void AssignOwner(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        OwnerUserId = userId;
    }

    public void MarkVerified() => Verification = VerificationStatus.Verified;

    public void MarkRejected() => Verification = VerificationStatus.Rejected;
}
