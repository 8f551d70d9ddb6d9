using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabourHub.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchingModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchingModelVersions",
                columns: table => new
                {
                    Version = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SchemaHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TrainingRows = table.Column<int>(type: "INTEGER", nullable: false),
                    Groups = table.Column<int>(type: "INTEGER", nullable: false),
                    Promoted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ManifestJson = table.Column<string>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingModelVersions", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "ModelTrainingRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HeartbeatAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ActiveSlot = table.Column<int>(type: "INTEGER", nullable: true),
                    History = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModelTrainingRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchingModelVersions_Promoted_CreatedAt",
                table: "MatchingModelVersions",
                columns: new[] { "Promoted", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ModelTrainingRuns_ActiveSlot",
                table: "ModelTrainingRuns",
                column: "ActiveSlot",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModelTrainingRuns_RequestedAt",
                table: "ModelTrainingRuns",
                column: "RequestedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchingModelVersions");

            migrationBuilder.DropTable(
                name: "ModelTrainingRuns");
        }
    }
}
