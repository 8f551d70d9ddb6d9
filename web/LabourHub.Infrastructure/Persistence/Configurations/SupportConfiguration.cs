using LabourHub.Domain.Employers;
using LabourHub.Domain.Identifiers;
using LabourHub.Domain.Support;
using LabourHub.Domain.ValueObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LabourHub.Infrastructure.Persistence.Configurations;

internal sealed class SupportProgrammeConfiguration : IEntityTypeConfiguration<SupportProgramme>
{
    public void Configure(EntityTypeBuilder<SupportProgramme> builder)
    {
        builder.ToTable("SupportProgrammes").HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(SupportProgramme.MaxNameLength);
        builder.Property(p => p.Summary).HasMaxLength(SupportProgramme.MaxSummaryLength);
        builder.Property(p => p.Budget).HasConversion(ValueConversions.Money);
        builder.Property(p => p.VoucherAllowance).HasConversion(ValueConversions.Money);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(p => p.Provinces);
        builder.PrimitiveCollection(p => p.NaceSections);
        builder.PrimitiveCollection(p => p.Checklist);
        builder.OwnsMany(p => p.Milestones, m =>
        {
            m.ToTable("SupportProgrammeMilestones");
            m.WithOwner().HasForeignKey("ProgrammeId");
            m.Property<int>("Id").ValueGeneratedOnAdd();
            m.HasKey("Id");
        });
        builder.Navigation(p => p.Milestones).HasField("_milestones").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class GrantApplicationConfiguration : IEntityTypeConfiguration<GrantApplication>
{
    public void Configure(EntityTypeBuilder<GrantApplication> builder)
    {
        builder.ToTable("GrantApplications").HasKey(a => a.Id);
        builder.Property(a => a.EmployerId).HasConversion(id => id.Value, v => new EmployerId(v));
        builder.HasOne<SupportProgramme>().WithMany().HasForeignKey(a => a.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(a => a.EmployerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ProgrammeId, a.Status });
        builder.HasIndex(a => a.EmployerId);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ApplicantUserId).HasMaxLength(100);
        builder.Property(a => a.DecidedBy).HasMaxLength(100);
        builder.Property(a => a.Summary).HasMaxLength(GrantApplication.MaxSummaryLength);
        builder.Property(a => a.RejectionReason).HasMaxLength(GrantReview.MaxCommentLength);
        builder.Property(a => a.AwardedAmount).HasConversion(ValueConversions.Money);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Requested);
        builder.OwnsMany(a => a.Budget, b =>
        {
            b.ToTable("GrantBudgetLines");
            b.WithOwner().HasForeignKey("ApplicationId");
            b.Property<int>("Id").ValueGeneratedOnAdd();
            b.HasKey("Id");
            b.Property(l => l.Item).HasMaxLength(BudgetLine.MaxItemLength);
            b.Property(l => l.Amount).HasConversion(ValueConversions.Money);
        });
        builder.Navigation(a => a.Budget).HasField("_budget").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(a => a.Reviews, r =>
        {
            r.ToTable("GrantReviews");
            r.WithOwner().HasForeignKey("ApplicationId");
            r.Property<int>("Id").ValueGeneratedOnAdd();
            r.HasKey("Id");
            r.Property(x => x.ReviewerUserId).HasMaxLength(100);
            r.Property(x => x.Comment).HasMaxLength(GrantReview.MaxCommentLength);
        });
        builder.Navigation(a => a.Reviews).HasField("_reviews").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class GrantDocumentConfiguration : IEntityTypeConfiguration<GrantDocument>
{
    public void Configure(EntityTypeBuilder<GrantDocument> builder)
    {
        builder.ToTable("GrantDocuments").HasKey(d => d.Id);
        builder.HasOne<GrantApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.ApplicationId);
        builder.Property(d => d.ChecklistItem).HasMaxLength(120);
        builder.Property(d => d.StoredName).HasMaxLength(100);
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.ContentType).HasMaxLength(60);
        builder.Property(d => d.Sha256).HasMaxLength(64);
    }
}

internal sealed class GrantInstalmentConfiguration : IEntityTypeConfiguration<GrantInstalment>
{
    public void Configure(EntityTypeBuilder<GrantInstalment> builder)
    {
        builder.ToTable("GrantInstalments").HasKey(i => i.Id);
        builder.HasOne<GrantApplication>().WithMany().HasForeignKey(i => i.ApplicationId).OnDelete(DeleteBehavior.Cascade);

        // The exactly-once guarantee of milestone releases: a second release of the same milestone cannot be stored.
        builder.HasIndex(i => new { i.ApplicationId, i.MilestoneSequence }).IsUnique();
        builder.Property(i => i.Amount).HasConversion(ValueConversions.Money);
    }
}

internal sealed class ServiceOfferingConfiguration : IEntityTypeConfiguration<ServiceOffering>
{
    public void Configure(EntityTypeBuilder<ServiceOffering> builder)
    {
        builder.ToTable("ServiceOfferings").HasKey(s => s.Code);
        builder.Property(s => s.Code).HasMaxLength(40);
        builder.Property(s => s.Unit).HasMaxLength(20);
        builder.Property(s => s.UnitPrice).HasConversion(ValueConversions.Money);
        builder.HasData(ServiceCatalogueSeed.Offerings.Select(o => new
        {
            o.Code,
            UnitPrice = Money.FromKurus(o.UnitPriceKurus),
            o.Unit,
            o.MaxQuantity,
            Active = true,
        }));
    }
}

/// <summary>The services offered at launch (prices in kuruş, VAT included), seeded by the migration.</summary>
internal static class ServiceCatalogueSeed
{
    public static readonly (string Code, long UnitPriceKurus, string Unit, int MaxQuantity)[] Offerings =
    [
        ("permit-filing", 150_000, "case", 10),
        ("diploma-translation", 85_000, "document", 20),
        ("training-seat", 420_000, "seat", 20),
        ("interpreter-hour", 60_000, "hour", 40),
    ];
}

internal sealed class ServiceOrderConfiguration : IEntityTypeConfiguration<ServiceOrder>
{
    public void Configure(EntityTypeBuilder<ServiceOrder> builder)
    {
        builder.ToTable("ServiceOrders").HasKey(o => o.Id);
        builder.Property(o => o.EmployerId).HasConversion(id => id.Value, v => new EmployerId(v));
        builder.HasOne<Employer>().WithMany().HasForeignKey(o => o.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceOffering>().WithMany().HasForeignKey(o => o.ServiceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.EmployerId, o.CreatedAt });
        builder.HasIndex(o => o.CheckoutSessionId);
        builder.HasIndex(o => o.VoucherApplicationId);
        builder.Property(o => o.OrderedBy).HasMaxLength(100);
        builder.Property(o => o.RefundedBy).HasMaxLength(100);
        builder.Property(o => o.ServiceCode).HasMaxLength(40);
        builder.Property(o => o.CheckoutSessionId).HasMaxLength(200);
        builder.Property(o => o.PaymentIntentId).HasMaxLength(200);
        builder.Property(o => o.ReceiptNumber).HasMaxLength(40);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.UnitPrice).HasConversion(ValueConversions.Money);
        builder.Property(o => o.Total).HasConversion(ValueConversions.Money);
        builder.Property(o => o.VoucherAmount).HasConversion(ValueConversions.Money);
        builder.Property(o => o.Due).HasConversion(ValueConversions.Money);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.HoldsVoucher);
    }
}

internal sealed class PaymentLedgerEntryConfiguration : IEntityTypeConfiguration<PaymentLedgerEntry>
{
    public void Configure(EntityTypeBuilder<PaymentLedgerEntry> builder)
    {
        builder.ToTable("PaymentLedger").HasKey(e => e.Id);
        builder.HasOne<ServiceOrder>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Restrict);

        // Idempotent ledger: one charge and one refund per order, whichever path (webhook or API answer) records it first.
        builder.HasIndex(e => new { e.OrderId, e.Kind }).IsUnique();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Amount).HasConversion(ValueConversions.Money);
        builder.Property(e => e.Reference).HasMaxLength(200);
    }
}

internal sealed class ProcessedPaymentEventConfiguration : IEntityTypeConfiguration<ProcessedPaymentEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedPaymentEvent> builder)
    {
        builder.ToTable("ProcessedPaymentEvents").HasKey(e => e.EventId);
        builder.Property(e => e.EventId).HasMaxLength(100);
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.Outcome).HasMaxLength(40);
    }
}
