using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AesSummit.Web.Infrastructure.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class TranslatedProgrammeAndTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthenticLanguages",
                table: "OfficialTexts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "PhaseTranslations",
                columns: table => new
                {
                    Language = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    PhaseId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    TextMarkdown = table.Column<string>(type: "text", nullable: false),
                    TextHtml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhaseTranslations", x => new { x.PhaseId, x.Language });
                    table.ForeignKey(
                        name: "FK_PhaseTranslations_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SummitTranslations",
                columns: table => new
                {
                    Language = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    SummitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    TextMarkdown = table.Column<string>(type: "text", nullable: false),
                    TextHtml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SummitTranslations", x => new { x.SummitId, x.Language });
                    table.ForeignKey(
                        name: "FK_SummitTranslations_Summits_SummitId",
                        column: x => x.SummitId,
                        principalTable: "Summits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TextTranslations",
                columns: table => new
                {
                    Language = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    OfficialTextId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TextTranslations", x => new { x.OfficialTextId, x.Language });
                    table.ForeignKey(
                        name: "FK_TextTranslations_OfficialTexts_OfficialTextId",
                        column: x => x.OfficialTextId,
                        principalTable: "OfficialTexts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Search per language: the index is remade (empty; start-up rebuilds it), each row naming its language.
            migrationBuilder.Sql(AesSummit.Web.Features.Search.PostgreSqlSearch.PerLanguageSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AesSummit.Web.Features.Search.PostgreSqlSearch.PerLanguageDownSql);

            migrationBuilder.DropTable(
                name: "PhaseTranslations");

            migrationBuilder.DropTable(
                name: "SummitTranslations");

            migrationBuilder.DropTable(
                name: "TextTranslations");

            migrationBuilder.DropColumn(
                name: "AuthenticLanguages",
                table: "OfficialTexts");
        }
    }
}
