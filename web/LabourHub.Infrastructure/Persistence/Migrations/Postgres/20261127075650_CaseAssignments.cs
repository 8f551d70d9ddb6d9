using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabourHub.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseWorkerUserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAssignments_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAssignments_CaseWorkerUserId_WorkerId",
                table: "CaseAssignments",
                columns: new[] { "CaseWorkerUserId", "WorkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseAssignments_WorkerId",
                table: "CaseAssignments",
                column: "WorkerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseAssignments");
        }
    }
}
