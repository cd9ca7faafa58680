using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AesSummit.Web.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TextsGetEditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChangeNote",
                table: "TextFileVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedSummary",
                table: "TextFileVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedTitle",
                table: "TextFileVersions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChangeNote",
                table: "TextFileVersions");

            migrationBuilder.DropColumn(
                name: "ProposedSummary",
                table: "TextFileVersions");

            migrationBuilder.DropColumn(
                name: "ProposedTitle",
                table: "TextFileVersions");
        }
    }
}
