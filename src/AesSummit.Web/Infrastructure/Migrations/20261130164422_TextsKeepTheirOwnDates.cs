using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AesSummit.Web.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TextsKeepTheirOwnDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Texts imported from content/ before the importer took their dates from it were dated on the day of the import:
            // their first file and their publication take back the day of their adoption (the content's default date).
            migrationBuilder.Sql("""
                UPDATE TextFileVersions
                SET AddedAtUtc = (SELECT t.AdoptedOn || ' 00:00:00' FROM OfficialTexts t WHERE t.Id = TextFileVersions.OfficialTextId)
                WHERE Number = 1 AND ProposedById IS NULL
                  AND OfficialTextId IN (SELECT Id FROM OfficialTexts WHERE ImportFingerprint IS NOT NULL)
                  AND AddedAtUtc > (SELECT t.AdoptedOn || ' 23:59:59.9999999' FROM OfficialTexts t WHERE t.Id = TextFileVersions.OfficialTextId);
                """);
            migrationBuilder.Sql("""
                UPDATE OfficialTexts
                SET PublishedAtUtc = AdoptedOn || ' 00:00:00', ValidatedAtUtc = AdoptedOn || ' 00:00:00'
                WHERE ImportFingerprint IS NOT NULL AND ValidatedById IS NULL AND ValidatedBy = 'Secrétariat Permanent'
                  AND PublishedAtUtc > AdoptedOn || ' 23:59:59.9999999';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The import days are not kept: the text's own dates stay.
        }
    }
}
