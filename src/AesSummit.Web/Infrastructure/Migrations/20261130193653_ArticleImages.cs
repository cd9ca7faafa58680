using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AesSummit.Web.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ArticleImages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleImages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AltText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsDecorative = table.Column<bool>(type: "INTEGER", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Credit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Original_Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Original_Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Original_MediaType = table.Column<string>(type: "TEXT", nullable: false),
                    Original_Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Original_SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SourceSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleImages_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleImageRenditions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    ArticleImageId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleImageRenditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleImageRenditions_ArticleImages_ArticleImageId",
                        column: x => x.ArticleImageId,
                        principalTable: "ArticleImages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImageRenditions_ArticleImageId",
                table: "ArticleImageRenditions",
                column: "ArticleImageId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImageRenditions_Sha256",
                table: "ArticleImageRenditions",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImages_ArticleId_Name",
                table: "ArticleImages",
                columns: new[] { "ArticleId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleImages_Original_Sha256",
                table: "ArticleImages",
                column: "Original_Sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleImageRenditions");

            migrationBuilder.DropTable(
                name: "ArticleImages");
        }
    }
}
