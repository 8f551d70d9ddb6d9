using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabourHub.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Protection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AbuseReports_EmployerId",
                table: "AbuseReports");

            migrationBuilder.AddColumn<string>(
                name: "ScreeningFlags",
                table: "Vacancies",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScreeningFlags",
                table: "Messages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EscalatedAt",
                table: "AbuseReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Indicators",
                table: "AbuseReports",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MessageId",
                table: "AbuseReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PlacementId",
                table: "AbuseReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RespondBy",
                table: "AbuseReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "ScreeningFlags",
                table: "AbuseReports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Severity",
                table: "AbuseReports",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "AbuseReports",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "AbuseReports",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "VacancyId",
                table: "AbuseReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RedFlagRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Pattern = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unless = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedFlagRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportActions_AbuseReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "AbuseReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AbuseReports_EmployerId_HandledAt",
                table: "AbuseReports",
                columns: new[] { "EmployerId", "HandledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RedFlagRules_Category_Language",
                table: "RedFlagRules",
                columns: new[] { "Category", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportActions_ReportId_At",
                table: "ReportActions",
                columns: new[] { "ReportId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RedFlagRules");

            migrationBuilder.DropTable(
                name: "ReportActions");

            migrationBuilder.DropIndex(
                name: "IX_AbuseReports_EmployerId_HandledAt",
                table: "AbuseReports");

            migrationBuilder.DropColumn(
                name: "ScreeningFlags",
                table: "Vacancies");

            migrationBuilder.DropColumn(
                name: "ScreeningFlags",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "AbuseReports");

            migrationBuilder.DropColumn(
                name: "Indicators",
                table: "AbuseReports");

            migrationBuilder.DropColumn(
                name: "MessageId",
                table: "AbuseReports");

            migrationBuilder.DropColumn(
                name: "PlacementId",
                table: "AbuseReports");

            migrationBuilder.DropColumn(
                name: "RespondBy",
                table: "AbuseReports");

            migrationBuilder.DropColumn(
                name: "ScreeningFlags",
                table: "AbuseReports");

            migrationBuilder.DropColumn(
                name: "Severity",
                table: "AbuseReports");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "AbuseReports");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "AbuseReports");

            migrationBuilder.DropColumn(
                name: "VacancyId",
                table: "AbuseReports");

            migrationBuilder.CreateIndex(
                name: "IX_AbuseReports_EmployerId",
                table: "AbuseReports",
                column: "EmployerId");
        }
    }
}
