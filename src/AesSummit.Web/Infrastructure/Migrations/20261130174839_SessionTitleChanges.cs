using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AesSummit.Web.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SessionTitleChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OldTitle",
                table: "ProgrammeChanges",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OldTitle",
                table: "ProgrammeChanges");
        }
    }
}
