using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AesSummit.Web.Infrastructure.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class ContentLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentPages_Slug",
                table: "ContentPages");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Slug",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_PublishedAtUtc_Pillars",
                table: "Articles");

            // Everything stored before languages is French, the originals' language.
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "ContentPages",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "fr");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Articles",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "fr");

            migrationBuilder.CreateTable(
                name: "SessionTranslations",
                columns: table => new
                {
                    Language = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DescriptionMarkdown = table.Column<string>(type: "text", nullable: false),
                    DescriptionHtml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionTranslations", x => new { x.SessionId, x.Language });
                    table.ForeignKey(
                        name: "FK_SessionTranslations_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPages_Slug_Language",
                table: "ContentPages",
                columns: new[] { "Slug", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Slug_Language",
                table: "Articles",
                columns: new[] { "Slug", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_Language_PublishedAtUtc_Pillars",
                table: "Articles",
                columns: new[] { "Status", "Language", "PublishedAtUtc", "Pillars" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionTranslations");

            migrationBuilder.DropIndex(
                name: "IX_ContentPages_Slug_Language",
                table: "ContentPages");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Slug_Language",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_Language_PublishedAtUtc_Pillars",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "ContentPages");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_ContentPages_Slug",
                table: "ContentPages",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Slug",
                table: "Articles",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_PublishedAtUtc_Pillars",
                table: "Articles",
                columns: new[] { "Status", "PublishedAtUtc", "Pillars" });
        }
    }
}
