using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabourHub.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmployerCaseAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmployerCaseAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseWorkerUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerCaseAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerCaseAssignments_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerCaseAssignments_CaseWorkerUserId_EmployerId",
                table: "EmployerCaseAssignments",
                columns: new[] { "CaseWorkerUserId", "EmployerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmployerCaseAssignments_EmployerId",
                table: "EmployerCaseAssignments",
                column: "EmployerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmployerCaseAssignments");
        }
    }
}
