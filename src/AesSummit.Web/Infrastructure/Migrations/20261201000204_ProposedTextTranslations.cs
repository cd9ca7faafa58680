using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AesSummit.Web.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProposedTextTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProposedTranslationLanguage",
                table: "TextFileVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedTranslationSummary",
                table: "TextFileVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedTranslationTitle",
                table: "TextFileVersions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProposedTranslationLanguage",
                table: "TextFileVersions");

            migrationBuilder.DropColumn(
                name: "ProposedTranslationSummary",
                table: "TextFileVersions");

            migrationBuilder.DropColumn(
                name: "ProposedTranslationTitle",
                table: "TextFileVersions");
        }
    }
}
