"""CSV import, per entity type: a crafted file of good and bad rows gives exactly the
expected rejections (row, column, reason) while the good rows import; the same file again
changes nothing; a changed row updates in place with an audit event."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anker.accounts.models import AuditEvent
from anker.architecture.models import Capability
from anker.catalogue.models import BlockLink, BuildingBlock, Dependency, StandardCompliance
from anker.interop.csv import formats  # registers the csv formats
from anker.interop.registry import FORMATS, ImportContext
from anker.interop.report import STATUSES, ImportReport
from anker.organisations.models import Organisation
from anker.reuse.models import Reuse
from tests.factories import BlockFactory, CapabilityFactory, OrganisationFactory, ReuseFactory

pytestmark = pytest.mark.django_db
ORGANISATION_KINDS = (
    "central, regional, local, agency, public-enterprise, healthcare, education, private, "
    "non-profit, academic"
)


def run(name: str, text: str | bytes, *, actor=None, owner=None) -> ImportReport:
    data = text if isinstance(text, bytes) else text.encode()
    return FORMATS[name].importer(f"{name}.csv", data, ImportContext(actor=actor, owner=owner))


def rejections(report: ImportReport) -> set[tuple[int | None, str, str]]:
    return {(o.line, o.field, o.reason) for o in report.rejections}


def assert_unchanged_again(name: str, text: str, expected: int) -> None:
    """The same file again: every good row unchanged, nothing written."""
    events = AuditEvent.objects.count()
    again = run(name, text)
    assert (again.count("unchanged"), again.count("accepted"), again.count("updated")) == (
        expected,
        0,
        0,
    )
    assert AuditEvent.objects.count() == events


@pytest.fixture
def ecosystem():
    gemeente_a = OrganisationFactory(slug="gemeente-a", name="Gemeente A")
    gemeente_b = OrganisationFactory(slug="gemeente-b", name="Gemeente B")
    OrganisationFactory(slug="gemeente-c", name="Gemeente C")
    OrganisationFactory(slug="leverancier", name="Leverancier", kind="private")
    CapabilityFactory(slug="identify", name="Identify")
    CapabilityFactory(slug="pay", name="Pay")
    BlockFactory(slug="portaal", name="Portaal", owner=gemeente_a)
    BlockFactory(slug="betalen", name="Betalen", kind="platform", owner=gemeente_b)
    BlockFactory(slug="std-api", name="API-standaard", kind="standard", owner=gemeente_a)
    BlockFactory(slug="std-oud", name="Oude standaard", kind="standard", owner=gemeente_b)


# --- organisations --------------------------------------------------------------------

ORGANISATIONS = """\
slug,name,kind,public_sector,parent,country,website,description,identifiers,colour
gemeente-d,Gemeente D,local,,provincie-x,nl,https://d.example,Een gemeente.,oin:0001; KVK:123,blue
provincie-x,Provincie X,regional,,,NL,,,,
gemeente-a,Gemeente A (nieuw),local,no,,BE,,,,
bad-kind,Bad,village,,,NL,,,,
bad-url,Bad URL,local,,,NL,not a url,,,
orphan,Orphan,local,,nowhere,NL,,,,
gemeente-d,Twice,local,,,NL,,,,
bad-id,Bad id,local,,,NL,,,xyz:1,
taken-id,Taken,local,,,NL,,,oin:0001,
,No slug,local,,,NL,,,,
no-name,,local,,,NL,,,,
bad-country,X,local,,,Netherlands,,,,
"""


def test_organisations_import_good_rows_and_reject_bad_ones(ecosystem):
    report = run("csv-organisations", ORGANISATIONS)
    assert rejections(report) == {
        (5, "kind", f"unknown value 'village'; allowed: {ORGANISATION_KINDS}"),
        (6, "website", "'not a url' is not a web address (http:// or https://…)"),
        (7, "parent", "unknown organisation 'nowhere'"),
        (8, "slug", "duplicate of row 2"),
        (
            9,
            "identifiers",
            "'xyz:1' is not scheme:value with a scheme of oin, tooi, kvk, kbo, ipa, other",
        ),
        (10, "identifiers", "oin:0001 already belongs to 'gemeente-d'"),
        (11, "slug", "required"),
        (12, "name", "required"),
        (13, "country", "'Netherlands' is not an ISO 3166-1 alpha-2 country code such as NL"),
    }
    assert (report.count("accepted"), report.count("updated")) == (2, 1)
    assert report.warnings == ["column 'colour' is not known; ignored"]
    d = Organisation.objects.get(slug="gemeente-d")
    assert (d.parent.slug, d.country, d.is_public_sector) == ("provincie-x", "NL", True)
    assert sorted(d.identifiers.values_list("scheme", "value")) == [("kvk", "123"), ("oin", "0001")]
    assert (d.source_format, d.external_id, d.source_url) == ("csv", "gemeente-d", report.source)
    a = Organisation.objects.get(slug="gemeente-a")
    assert (a.name, a.is_public_sector, a.country) == ("Gemeente A (nieuw)", False, "BE")
    # A record entered by hand takes CSV identity: its slug.
    assert (a.source_format, a.external_id) == ("csv", "gemeente-a")
    assert_unchanged_again("csv-organisations", ORGANISATIONS, 3)


def test_a_changed_organisation_row_updates_in_place_with_an_audit_event(ecosystem):
    run("csv-organisations", ORGANISATIONS)
    changed = ORGANISATIONS.replace("Een gemeente.", "Een grotere gemeente.").replace(
        "oin:0001; KVK:123", "oin:0001"
    )
    report = run("csv-organisations", changed)
    assert [(o.record, o.status) for o in report.outcomes if o.status == "updated"] == [
        ("gemeente-d", "updated")
    ]
    event = AuditEvent.objects.filter(entity_label="Gemeente D").latest("id")
    assert (event.action, event.actor_label, event.via) == ("update", "system", "cli")
    assert event.before["description"] == "Een gemeente."
    assert event.after["description"] == "Een grotere gemeente."
    assert (event.before["identifiers"], event.after["identifiers"]) == (
        ["kvk:123", "oin:0001"],
        ["oin:0001"],
    )


def test_a_merged_organisation_is_changed_through_the_one_it_was_merged_into(ecosystem):
    old = OrganisationFactory(slug="oud", merged_into=Organisation.objects.get(slug="gemeente-a"))
    report = run("csv-organisations", "slug,name,kind\noud,Oud,local\n")
    assert rejections(report) == {
        (2, "slug", "merged into 'gemeente-a'; change that organisation instead")
    }
    assert Organisation.objects.get(pk=old.pk).name == old.name


# --- capabilities ---------------------------------------------------------------------

CAPABILITIES = """\
slug,name,name_nl,parent,description,position
child,Child,Kind,root,,2
root,Root,Wortel,,The root.,1
identify,Identify people,Identificeren,,,abc
pay,Pay,,pay,,0
lost,Lost,,nowhere,,
"""


def test_capabilities_import_with_parents_anywhere_in_the_file(ecosystem):
    report = run("csv-capabilities", CAPABILITIES)
    assert rejections(report) == {
        (4, "position", "'abc' is not a whole number of 0 or more"),
        (5, "parent", "'pay' would make the capability its own ancestor"),
        (6, "parent", "unknown capability 'nowhere'"),
    }
    assert report.counts == {"accepted": 2, "updated": 0, "unchanged": 0, "rejected": 3}
    child = Capability.objects.get(slug="child")
    assert (child.parent.slug, child.name_nl, child.position) == ("root", "Kind", 2)
    assert_unchanged_again("csv-capabilities", CAPABILITIES, 2)
    report = run("csv-capabilities", CAPABILITIES.replace("Kind,root,,2", "Kind,,,3"))
    child.refresh_from_db()
    assert report.count("updated") == 1 and (child.parent, child.position) == (None, 3)


# --- building blocks ------------------------------------------------------------------

BLOCKS = """\
slug,name,kind,owner,lifecycle,licence,contact_email,tags,capabilities,short_description_en,short_description_nl
nieuw,Nieuw blok,software,gemeente-a,pilot,EUPL-1.2,,Zaken; API ;zaken,identify;pay,New.,Nieuw.
portaal,Portaal 2,software,gemeente-a,,,,,,Portal.,
bad-kind,X,app,gemeente-a,,,,,,,
bad-owner,X,software,nobody,,,,,,,
bad-cap,X,software,gemeente-a,,,,,nowhere,,
bad-mail,X,software,gemeente-a,,,not-an-email,,,,
long,X,software,gemeente-a,,,,,,{long},
ownerless,X,software,,,,,,,,
two-wrongs,X,app,gemeente-a,alive,,,,,,
"""


def test_blocks_import_good_rows_and_reject_bad_ones(ecosystem):
    text = BLOCKS.format(long="x" * 301)
    report = run("csv-blocks", text)
    assert rejections(report) == {
        (
            4,
            "kind",
            "unknown value 'app'; allowed: software, api, dataset, platform, standard, "
            "organisational",
        ),
        (5, "owner", "unknown organisation 'nobody'"),
        (6, "capabilities", "unknown capabilities: nowhere"),
        (7, "contact_email", "'not-an-email' is not an e-mail address"),
        (8, "short_description_en", "at most 300 characters (this has 301)"),
        (9, "owner", "required for a new building block (here or with --org)"),
        (
            10,
            "kind, lifecycle",
            "kind: unknown value 'app'; allowed: software, api, dataset, "
            "platform, standard, organisational; lifecycle: unknown value 'alive'; allowed: idea, "
            "experiment, pilot, production, anchored, deprecated, retired",
        ),
    }
    assert (report.count("accepted"), report.count("updated")) == (1, 1)
    new = BuildingBlock.objects.get(slug="nieuw")
    assert (new.name, new.owner.slug, new.lifecycle, new.licence) == (
        "Nieuw blok",
        "gemeente-a",
        "pilot",
        "EUPL-1.2",
    )
    assert sorted(new.tags.values_list("name", flat=True)) == ["api", "zaken"]
    assert sorted(new.capabilities.values_list("slug", flat=True)) == ["identify", "pay"]
    assert dict(new.descriptions.values_list("language", "short_description")) == {
        "en": "New.",
        "nl": "Nieuw.",
    }
    assert "zaken" in new.search_document and "nieuw blok" in new.search_document.lower()
    assert AuditEvent.objects.filter(entity_uuid=new.uuid, action="create").count() == 1
    portaal = BuildingBlock.objects.get(slug="portaal")
    # An empty lifecycle keeps the stored one (it cannot be blank); an empty licence is none.
    assert (portaal.name, portaal.lifecycle, portaal.licence) == ("Portaal 2", "production", "")
    assert (portaal.source_format, portaal.external_id) == ("csv", "portaal")
    assert_unchanged_again("csv-blocks", text, 2)


def test_a_changed_block_row_is_updated_and_audited(ecosystem):
    run("csv-blocks", BLOCKS.format(long=""))
    report = run("csv-blocks", BLOCKS.format(long="").replace("Zaken; API ;zaken", "zaken"))
    assert [(o.record, o.status) for o in report.outcomes if o.status != "rejected"] == [
        ("nieuw", "updated"),
        ("portaal", "unchanged"),
        ("long", "unchanged"),
    ]
    block = BuildingBlock.objects.get(slug="nieuw")
    assert list(block.tags.values_list("name", flat=True)) == ["zaken"]
    event = AuditEvent.objects.filter(entity_uuid=block.uuid).latest("id")
    assert (event.action, event.before["tags"], event.after["tags"]) == (
        "update",
        ["api", "zaken"],
        ["zaken"],
    )


def test_org_option_owns_blocks_whose_owner_cell_is_empty(ecosystem):
    owner = Organisation.objects.get(slug="gemeente-b")
    report = run(
        "csv-blocks", "slug,name,kind,owner\nzelf,Zelf,api,\nportaal,P,api,\n", owner=owner
    )
    assert (report.count("accepted"), report.count("updated")) == (1, 1)
    assert BuildingBlock.objects.get(slug="zelf").owner == owner
    # An existing block keeps its owner: --org never takes a block from its owner.
    assert BuildingBlock.objects.get(slug="portaal").owner.slug == "gemeente-a"


def test_a_block_of_another_standard_keeps_that_identity(ecosystem):
    url = "https://github.com/gemeente-a/portaal"
    BuildingBlock.objects.filter(slug="portaal").update(source_format="publiccode", external_id=url)
    report = run("csv-blocks", "slug,name,kind,owner\nportaal,Portaal (CSV),software,gemeente-a\n")
    portaal = BuildingBlock.objects.get(slug="portaal")
    assert report.count("updated") == 1 and portaal.name == "Portaal (CSV)"
    # The next publiccode import finds it again by its url, and re-applies its source.
    assert (portaal.source_format, portaal.external_id) == ("publiccode", url)


def test_descriptions_of_a_language_go_when_both_cells_are_empty(ecosystem):
    header = "slug,name,kind,owner,short_description_fr,long_description_fr\n"
    run("csv-blocks", header + "portaal,Portaal,software,gemeente-a,Portail.,Un portail.\n")
    block = BuildingBlock.objects.get(slug="portaal")
    assert block.descriptions.get(language="fr").long_description == "Un portail."
    run("csv-blocks", header + "portaal,Portaal,software,gemeente-a,,\n")
    assert not block.descriptions.filter(language="fr").exists()


# --- dependencies, compliance, links --------------------------------------------------

DEPENDENCIES = """\
dependent,dependency,note
portaal,betalen,needs payments
portaal,portaal,
portaal,nowhere,
portaal,betalen,again
"""


def test_dependencies_import(ecosystem):
    report = run("csv-dependencies", DEPENDENCIES)
    assert rejections(report) == {
        (3, "dependency", "a block cannot depend on itself"),
        (4, "dependency", "unknown building block 'nowhere'"),
        (5, "dependency", "duplicate of row 2"),
    }
    edge = Dependency.objects.get()
    assert (edge.dependent.slug, edge.dependency.slug, edge.note) == (
        "portaal",
        "betalen",
        "needs payments",
    )
    assert (edge.source_format, edge.external_id) == ("csv", "portaal/betalen")
    # Both blocks' histories show the edge, as when it is added by hand.
    assert AuditEvent.objects.filter(entity_uuid=edge.uuid).count() == 2
    assert_unchanged_again("csv-dependencies", DEPENDENCIES, 1)
    report = run("csv-dependencies", DEPENDENCIES.replace("needs payments", "pays"))
    assert report.count("updated") == 1 and Dependency.objects.get().note == "pays"


COMPLIANCE = """\
block,standard,status,explanation
portaal,std-api,complies,
betalen,std-api,explained,
betalen,portaal,complies,
betalen,std-oud,great,
std-api,std-api,complies,
"""


def test_compliance_import(ecosystem):
    report = run("csv-compliance", COMPLIANCE)
    assert rejections(report) == {
        (3, "explanation", "required when the status is explained"),
        (4, "standard", "'portaal' is of kind software, not standard"),
        (5, "status", "unknown value 'great'; allowed: complies, partially, explained"),
        (6, "standard", "a standard does not comply with itself"),
    }
    record = StandardCompliance.objects.get()
    assert (record.block.slug, record.standard.slug, record.status) == (
        "portaal",
        "std-api",
        "complies",
    )
    assert_unchanged_again("csv-compliance", COMPLIANCE, 1)
    report = run("csv-compliance", COMPLIANCE.replace("complies,\nbetalen", "partially,\nbetalen"))
    assert report.count("updated") == 1
    event = AuditEvent.objects.filter(entity_uuid=record.uuid).latest("id")
    assert (event.before["status"], event.after["status"]) == ("complies", "partially")


LINKS = """\
block,kind,url,title,media_type,licence,position
portaal,documentation,https://docs.example/portaal,Handleiding,text/html,CC-BY-4.0,1
portaal,brochure,https://x.example,,,,
portaal,download,ftp://x.example/file,,,,
nowhere,landing,https://x.example,,,,
portaal,landing,https://portaal.example,,,,
"""


def test_links_import(ecosystem):
    report = run("csv-links", LINKS)
    assert rejections(report) == {
        (
            3,
            "kind",
            "unknown value 'brochure'; allowed: landing, access, download, "
            "documentation, endpoint, other",
        ),
        (4, "url", "'ftp://x.example/file' is not a web address (http:// or https://…)"),
        (5, "block", "unknown building block 'nowhere'"),
    }
    assert list(BlockLink.objects.values_list("kind", "title", "position")) == [
        ("landing", "", 0),
        ("documentation", "Handleiding", 1),
    ]
    assert_unchanged_again("csv-links", LINKS, 2)
    report = run("csv-links", LINKS.replace("Handleiding", "Manual"))
    assert report.count("updated") == 1
    assert BlockLink.objects.get(kind="documentation").title == "Manual"


# --- reuse ----------------------------------------------------------------------------

REUSE = """\
block,organisation,mode,status,since,until,stop_reason,evidence_url,evidence_note,declared_by,confirmed_at
portaal,gemeente-b,as-is,in-use,2023-01-15,,,,,,
betalen,gemeente-a,shared-service,piloting,2024-02-01,,,,,provider,
portaal,leverancier,adapted,stopped,2020-01-01,2022-06-30,Costly,,,reuser,2020-01-01T12:00Z
portaal,gemeente-a,,,,,,,,,
betalen,leverancier,,stopped,,,,,,,
std-api,gemeente-b,,stopped,2023-05-01,2023-01-01,Gone,,,,
std-api,gemeente-c,,in-use,2023-05-01,2023-06-01,,,,,
std-api,leverancier,,,01-05-2023,,,,,,
betalen,gemeente-c,copied,,,,,,,,
"""


def test_reuse_import_keeps_the_reuse_rules(ecosystem):
    report = run("csv-reuse", REUSE)
    assert rejections(report) == {
        (5, "organisation", "An organisation does not reuse its own block."),
        (6, "stop_reason", "Say why the reuse stopped."),
        (7, "until", "The end date lies before the start date."),
        (8, "until", "Only a stopped reuse has an end date."),
        (9, "since", "'01-05-2023' is not an ISO 8601 date (YYYY-MM-DD)"),
        (10, "mode", "unknown value 'copied'; allowed: as-is, adapted, forked, shared-service"),
    }
    declared = Reuse.objects.get(block__slug="portaal", organisation__slug="gemeente-b")
    assert declared.declared_by == "reuser" and declared.confirmed_at is not None
    claim = Reuse.objects.get(block__slug="betalen")
    assert (claim.declared_by, claim.confirmed_at, claim.mode) == (
        "provider",
        None,
        "shared-service",
    )
    stopped = Reuse.objects.get(organisation__slug="leverancier")
    assert stopped.confirmed_at == dt.datetime(2020, 1, 1, 12, tzinfo=dt.UTC)
    assert stopped.until == dt.date(2022, 6, 30)
    counts = dict(BuildingBlock.objects.values_list("slug", "reuse_count"))
    assert (counts["portaal"], counts["betalen"]) == (1, 1)  # stopped reuse does not count
    assert_unchanged_again("csv-reuse", REUSE, 3)
    assert Reuse.objects.get(pk=declared.pk).confirmed_at == declared.confirmed_at


def test_a_changed_reuse_row_updates_the_count(ecosystem):
    run("csv-reuse", REUSE)
    changed = REUSE.replace(
        "as-is,in-use,2023-01-15,,", "as-is,stopped,2023-01-15,2024-01-01,Replaced"
    )
    report = run("csv-reuse", changed)
    assert report.count("updated") == 1
    assert BuildingBlock.objects.get(slug="portaal").reuse_count == 0
    reuse = Reuse.objects.get(block__slug="portaal", organisation__slug="gemeente-b")
    event = AuditEvent.objects.filter(entity_uuid=reuse.uuid).latest("id")
    assert (event.before["status"], event.after["status"]) == ("in-use", "stopped")


def test_an_import_never_withdraws_a_confirmation(ecosystem):
    reuse = ReuseFactory(
        block=BuildingBlock.objects.get(slug="portaal"),
        organisation=Organisation.objects.get(slug="gemeente-c"),
        declared_by="provider",
        confirmed_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
    )
    report = run(
        "csv-reuse", "block,organisation,declared_by,confirmed_at\nportaal,gemeente-c,provider,\n"
    )
    assert report.count("unchanged") == 1
    reuse.refresh_from_db()
    assert reuse.confirmed_at == dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


# --- who may import what --------------------------------------------------------------


def test_a_signed_in_editor_writes_only_for_the_organisations_they_edit(actors):
    BlockFactory(slug="eigen", owner=actors.owner)
    BlockFactory(slug="ander", owner=actors.other)
    report = run(
        "csv-blocks",
        "slug,name,kind,owner\nnieuw,Nieuw,api,gemeente-eigenaar\nvreemd,Vreemd,api,gemeente-ander\n",
        actor=actors.editor,
    )
    assert rejections(report) == {
        (3, "owner", "you may not add or hand blocks to 'gemeente-ander'")
    }
    reuse = (
        "block,organisation,declared_by\n"
        "eigen,gemeente-ander,\n"  # the owner's editor records a claim
        "ander,gemeente-eigenaar,\n"  # the reuser's editor declares: confirmed
        "ander,leverancier,reuser\n"
    )
    OrganisationFactory(slug="leverancier")
    BlockFactory(slug="derde", owner=Organisation.objects.get(slug="leverancier"))
    reuse += "derde,gemeente-ander,\n"
    report = run("csv-reuse", reuse, actor=actors.editor)
    assert rejections(report) == {
        (
            4,
            "organisation",
            "only editors of the reusing organisation or of the block's owner record reuse",
        ),
        (
            5,
            "organisation",
            "only editors of the reusing organisation or of the block's owner record reuse",
        ),
    }
    claim = Reuse.objects.get(block__slug="eigen")
    assert (claim.declared_by, claim.confirmed_at) == ("provider", None)
    declared = Reuse.objects.get(block__slug="ander")
    assert declared.declared_by == "reuser" and declared.confirmed_at is not None
    event = AuditEvent.objects.filter(entity_uuid=claim.uuid).get()
    assert event.actor == actors.editor
    report = run(
        "csv-reuse",
        "block,organisation,confirmed_at\neigen,gemeente-ander,2024-01-01\n",
        actor=actors.editor,
    )
    assert rejections(report) == {
        (
            2,
            "confirmed_at",
            "only the reusing organisation declares or confirms its reuse; "
            "a provider records a claim (declared_by provider, confirmed_at empty)",
        ),
    }
    report = run("csv-capabilities", "slug,name\nx,X\n", actor=actors.editor)
    assert rejections(report) == {(2, "slug", "only coordinators change the capability map")}


# --- files ----------------------------------------------------------------------------


def test_dutch_excel_semicolons_and_a_byte_order_mark(ecosystem):
    text = (
        "slug;naam;name;kind;description;identifiers\r\n"
        'gemeente-e;x;Gemeente E;local;"Een; twee";"oin:1;kvk:2"\r\n'
    )
    report = run("csv-organisations", b"\xef\xbb\xbf" + text.encode())
    assert report.count("accepted") == 1, report.outcomes
    assert report.warnings == ["column 'naam' is not known; ignored"]
    e = Organisation.objects.get(slug="gemeente-e")
    assert e.description == "Een; twee" and e.identifiers.count() == 2


def test_a_comma_file_with_a_byte_order_mark_and_quoted_newlines(ecosystem):
    text = 'slug,name,kind,description\r\ngemeente-f,Gemeente F,local,"Regel een\nregel twee"\r\n'
    report = run("csv-organisations", b"\xef\xbb\xbf" + text.encode())
    assert report.count("accepted") == 1
    assert Organisation.objects.get(slug="gemeente-f").description == "Regel een\nregel twee"


@pytest.mark.parametrize(
    ("data", "reason", "line"),
    [
        (
            "slug,name,kind\ngemeente-g,Súdwest-Fryslân,local\n".encode("cp1252"),
            "the file is not UTF-8 (byte 0xfa cannot be read; probably Windows-1252); save it "
            "in the spreadsheet as 'CSV UTF-8' (Excel: 'CSV UTF-8 (door komma's gescheiden)')",
            2,
        ),
        (
            "slug,name,kind\n".encode("utf-16"),
            "the file is UTF-16 text, not UTF-8; save it in the spreadsheet as 'CSV UTF-8' "
            "(Excel: 'CSV UTF-8 (door komma's gescheiden)')",
            None,
        ),
        (b"\n \n", "the file is empty; the first row must name the columns", None),
        (b"slug,name,name\n", "columns named more than once: name", 1),
        (
            b"name,kind\nX,local\n",
            "missing columns: slug; the organisations file's columns are: slug, name, kind, "
            "public_sector, parent, country, website, description, identifiers",
            1,
        ),
    ],
)
def test_unreadable_files_are_rejected_with_a_reason(data, reason, line):
    report = run("csv-organisations", data)
    [outcome] = report.outcomes
    assert (outcome.status, outcome.reason, outcome.line) == ("rejected", reason, line)
    assert not Organisation.objects.exists()


def test_a_row_with_more_cells_than_the_header_is_rejected():
    report = run("csv-organisations", "slug,name,kind\nx,X,local,surplus\ny,Y,local,\n")
    assert rejections(report) == {(2, "", "4 cells, but the header names 3")}
    assert report.count("accepted") == 1


def test_the_csv_format_tells_the_entity_type_by_the_header(ecosystem):
    report = run("csv", "dependent,dependency\nportaal,betalen\n")
    assert report.count("accepted") == 1 and Dependency.objects.count() == 1
    report = run("csv", "slug,name\nx,X\n")
    [outcome] = report.outcomes
    assert outcome.reason.startswith(
        "the columns fit several entity types; import it as csv-<type> or use the headers of "
        "one type: organisations: slug, name, kind,"
    )
    assert "capabilities: slug, name, name_nl" in outcome.reason
    assert "blocks: slug, name, kind, owner" in outcome.reason
    [outcome] = run("csv", "colour,size\nblue,3\n").outcomes
    assert outcome.reason.startswith("the columns fit no entity type")
    for entity in formats.ENTITIES:
        assert f"{entity.name}: " in outcome.reason


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([entity.name for entity in formats.ENTITIES]),
    st.lists(
        st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)),
        max_size=5,
    ),
    st.sampled_from([",", ";"]),
)
def test_any_cells_under_a_real_header_give_a_clean_report(name, rows, delimiter):
    """Rows of arbitrary text under an entity type's real header: a report, never a crash,
    every rejection with a row and a reason."""
    entity = next(entity for entity in formats.ENTITIES if entity.name == name)
    header = delimiter.join(column.name for column in entity.columns)
    body = "\n".join(
        delimiter.join(f'"{cell.replace(chr(34), "")}"' for cell in row) for row in rows
    )
    report = run(f"csv-{name}", f"{header}\n{body}\n")
    for outcome in report.outcomes:
        assert outcome.status in STATUSES
        if outcome.status == "rejected":
            assert outcome.reason.strip(), outcome


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["csv", "csv-blocks", "csv-reuse"]), st.binary(max_size=600))
def test_random_bytes_give_a_clean_report(name, data):
    report = run(name, data)
    assert all(outcome.reason.strip() for outcome in report.rejections)
