using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LabourHub.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApplicationRejectionReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Applications",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "Applications");
        }
    }
}
