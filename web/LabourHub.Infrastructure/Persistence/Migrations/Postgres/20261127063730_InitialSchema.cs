using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LabourHub.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    ProvinceCode = table.Column<int>(type: "integer", nullable: false),
                    NaceSection = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Method = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataImports",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataImports", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Districts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Districts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Employers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaxNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NaceCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    NaceSection = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    ProvinceCode = table.Column<int>(type: "integer", nullable: false),
                    District = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    TurkishHeadcount = table.Column<int>(type: "integer", nullable: false),
                    ForeignHeadcount = table.Column<int>(type: "integer", nullable: false),
                    Verification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerUserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EscoOccupations",
                columns: table => new
                {
                    Uri = table.Column<string>(type: "text", nullable: false),
                    IscoCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    PreferredLabel = table.Column<string>(type: "text", nullable: false),
                    AltLabels = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EscoOccupations", x => x.Uri);
                });

            migrationBuilder.CreateTable(
                name: "EscoSkills",
                columns: table => new
                {
                    Uri = table.Column<string>(type: "text", nullable: false),
                    PreferredLabel = table.Column<string>(type: "text", nullable: false),
                    SkillType = table.Column<string>(type: "text", nullable: false),
                    AltLabels = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EscoSkills", x => x.Uri);
                });

            migrationBuilder.CreateTable(
                name: "IscoGroups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    TitleEn = table.Column<string>(type: "text", nullable: false),
                    TitleTr = table.Column<string>(type: "text", nullable: false),
                    TitleAr = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IscoGroups", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Languages",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Iso6393 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    NameEn = table.Column<string>(type: "text", nullable: false),
                    NameLocal = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Languages", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "MinimumWages",
                columns: table => new
                {
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    GrossMonthly = table.Column<long>(type: "bigint", nullable: false),
                    NetMonthly = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinimumWages", x => x.ValidFrom);
                });

            migrationBuilder.CreateTable(
                name: "NaceActivities",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Section = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    TitleEn = table.Column<string>(type: "text", nullable: false),
                    TitleTr = table.Column<string>(type: "text", nullable: true),
                    TitleAr = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NaceActivities", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "OccupationSkills",
                columns: table => new
                {
                    OccupationUri = table.Column<string>(type: "text", nullable: false),
                    SkillUri = table.Column<string>(type: "text", nullable: false),
                    Essential = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccupationSkills", x => new { x.OccupationUri, x.SkillUri });
                });

            migrationBuilder.CreateTable(
                name: "ProvinceDistances",
                columns: table => new
                {
                    FromProvinceCode = table.Column<int>(type: "integer", nullable: false),
                    ToProvinceCode = table.Column<int>(type: "integer", nullable: false),
                    Kilometres = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProvinceDistances", x => new { x.FromProvinceCode, x.ToProvinceCode });
                });

            migrationBuilder.CreateTable(
                name: "Provinces",
                columns: table => new
                {
                    Code = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Provinces", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Workers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DisplayName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ForeignerIdentityNumber = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    NationalityCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Gender = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    ProtectionStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProtectionRegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RegisteredProvinceCode = table.Column<int>(type: "integer", nullable: false),
                    OccupationCodes = table.Column<string[]>(type: "text[]", nullable: false),
                    SkillUris = table.Column<string[]>(type: "text[]", nullable: false),
                    ExperienceYears = table.Column<int>(type: "integer", nullable: false),
                    Education = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WageExpectation = table.Column<long>(type: "bigint", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    WillingToRelocate = table.Column<bool>(type: "boolean", nullable: false),
                    Discoverable = table.Column<bool>(type: "boolean", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IscoCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    NeededCount = table.Column<int>(type: "integer", nullable: false),
                    WageMin = table.Column<long>(type: "bigint", nullable: false),
                    WageMax = table.Column<long>(type: "bigint", nullable: false),
                    RequiredSkillUris = table.Column<string[]>(type: "text[]", nullable: false),
                    LanguageCodes = table.Column<string[]>(type: "text[]", nullable: false),
                    HardToFillReasons = table.Column<int[]>(type: "integer[]", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentLines_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Vacancies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    IscoCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    EssentialSkillUris = table.Column<string[]>(type: "text[]", nullable: false),
                    OptionalSkillUris = table.Column<string[]>(type: "text[]", nullable: false),
                    ProvinceCode = table.Column<int>(type: "integer", nullable: false),
                    District = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    WageMin = table.Column<long>(type: "bigint", nullable: false),
                    WageMax = table.Column<long>(type: "bigint", nullable: false),
                    Positions = table.Column<int>(type: "integer", nullable: false),
                    Shift = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SeasonalAgriculture = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SearchText = table.Column<string>(type: "character varying(8200)", maxLength: 8200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vacancies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vacancies_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkerLanguages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LanguageCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Level = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerLanguages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerLanguages_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Applications_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Applications_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VacancyLanguages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LanguageCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Minimum = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    VacancyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancyLanguages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VacancyLanguages_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_VacancyId_WorkerId",
                table: "Applications",
                columns: new[] { "VacancyId", "WorkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_WorkerId",
                table: "Applications",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentLines_AssessmentId",
                table: "AssessmentLines",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ProvinceCode_NaceSection",
                table: "Assessments",
                columns: new[] { "ProvinceCode", "NaceSection" });

            migrationBuilder.CreateIndex(
                name: "IX_Districts_ProvinceCode",
                table: "Districts",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_ProvinceCode",
                table: "Employers",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_TaxNumber",
                table: "Employers",
                column: "TaxNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EscoOccupations_IscoCode",
                table: "EscoOccupations",
                column: "IscoCode");

            migrationBuilder.CreateIndex(
                name: "IX_OccupationSkills_SkillUri",
                table: "OccupationSkills",
                column: "SkillUri");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_EmployerId",
                table: "Vacancies",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_IscoCode",
                table: "Vacancies",
                column: "IscoCode");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_ProvinceCode",
                table: "Vacancies",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Status_PostedAt",
                table: "Vacancies",
                columns: new[] { "Status", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VacancyLanguages_VacancyId",
                table: "VacancyLanguages",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerLanguages_LanguageCode",
                table: "WorkerLanguages",
                column: "LanguageCode");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerLanguages_WorkerId",
                table: "WorkerLanguages",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_RegisteredProvinceCode",
                table: "Workers",
                column: "RegisteredProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_UserId",
                table: "Workers",
                column: "UserId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Applications");

            migrationBuilder.DropTable(
                name: "AssessmentLines");

            migrationBuilder.DropTable(
                name: "DataImports");

            migrationBuilder.DropTable(
                name: "Districts");

            migrationBuilder.DropTable(
                name: "EscoOccupations");

            migrationBuilder.DropTable(
                name: "EscoSkills");

            migrationBuilder.DropTable(
                name: "IscoGroups");

            migrationBuilder.DropTable(
                name: "Languages");

            migrationBuilder.DropTable(
                name: "MinimumWages");

            migrationBuilder.DropTable(
                name: "NaceActivities");

            migrationBuilder.DropTable(
                name: "OccupationSkills");

            migrationBuilder.DropTable(
                name: "ProvinceDistances");

            migrationBuilder.DropTable(
                name: "Provinces");

            migrationBuilder.DropTable(
                name: "VacancyLanguages");

            migrationBuilder.DropTable(
                name: "WorkerLanguages");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "Vacancies");

            migrationBuilder.DropTable(
                name: "Workers");

            migrationBuilder.DropTable(
                name: "Employers");
        }
    }
}
