"""Service rules of the ideas board: targets and their visibility, merging without
counting anyone twice, who hears of a status change, and the suggestions."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from anker.accounts.models import AuditEvent
from anker.cocreation import services
from anker.cocreation.models import Idea, IdeaFollower, IdeaVote
from anker.cocreation.similarity import similar_blocks, similar_ideas, similarity, stems
from anker.notifications.models import Notification
from tests.factories import (
    BlockFactory,
    DescriptionFactory,
    IdeaCommentFactory,
    IdeaFactory,
    IdeaVoteFactory,
    OrganisationFactory,
)

pytestmark = pytest.mark.django_db


def test_an_idea_has_exactly_one_target(board):
    none = IdeaFactory.build(about_block=None)
    both = IdeaFactory.build(about_block=board.block, about_organisation=board.actors.owner)
    for idea in (none, both):
        with pytest.raises(ValidationError):
            idea.full_clean()
        with pytest.raises(IntegrityError), transaction.atomic():
            idea.save()  # the database's check constraint holds too


@pytest.mark.parametrize("kind", ["service", "initiative", "organisation"])
def test_ideas_about_every_kind_of_target_and_their_moderators(board, kind):
    target = {
        "service": board.service,
        "initiative": board.initiative,
        "organisation": board.actors.owner,
    }[kind]
    idea = services.idea_submit(actor=board.actors.viewer, target=target, title="T", body="B")
    assert idea.target == target and idea.target_kind == kind
    services.idea_review(actor=board.actors.editor, idea=idea)  # the owner's editor moderates
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.idea_hide(actor=board.actors.other_editor, idea=idea)


def test_a_restricted_block_reads_as_unknown(board):
    secret = BlockFactory(openness="restricted", owner=board.actors.other)
    with pytest.raises(ValidationError) as refused:
        services.idea_submit(actor=None, target=secret, title="T", body="B", email="a@b.example")
    assert "target" in refused.value.error_dict
    assert services.idea_submit(actor=board.actors.other_editor, target=secret, title="T", body="B")


def test_anonymous_submitters_leave_an_e_mail_address(board):
    with pytest.raises(ValidationError) as refused:
        services.idea_submit(actor=None, target=board.block, title="T", body="B")
    assert "email" in refused.value.error_dict


def test_the_audit_log_never_holds_the_submitters_address(board):
    event = AuditEvent.objects.get(entity_uuid=board.idea.uuid)
    assert "anna@mail.example" not in str(event.after)


def test_merging_moves_votes_once_followers_and_comments(board):
    duplicate, survivor = board.idea, board.other_idea
    both = board.actors.viewer
    services.idea_vote(actor=both, idea=duplicate)
    services.idea_vote(actor=both, idea=survivor)
    services.idea_vote(actor=board.actors.editor, idea=duplicate)
    IdeaVoteFactory(idea=duplicate, voter_key="k" * 64)
    IdeaVoteFactory(idea=survivor, voter_key="k" * 64)
    IdeaVoteFactory(idea=duplicate, voter_key="m" * 64)
    services.idea_follow(actor=None, idea=survivor, email="anna@mail.example")
    comment = IdeaCommentFactory(idea=duplicate)
    earlier = IdeaFactory(about_block=board.block, moderation="merged", merged_into=duplicate)
    result = services.idea_merge(actor=board.actors.coordinator, idea=duplicate, into=survivor)
    assert result == survivor
    # viewer and key k voted on both: counted once; editor and key m moved.
    assert result.vote_count == IdeaVote.objects.filter(idea=survivor).count() == 4
    assert Idea.objects.get(pk=duplicate.pk).vote_count == 0
    duplicate.refresh_from_db()
    assert duplicate.moderation == "merged" and duplicate.merged_into == survivor
    assert IdeaFollower.objects.filter(idea=survivor, email="anna@mail.example").count() == 1
    assert not IdeaFollower.objects.filter(idea=duplicate).exists()
    comment.refresh_from_db()
    assert comment.idea == survivor
    earlier.refresh_from_db()
    assert earlier.merged_into == survivor
    with pytest.raises(ValidationError):
        services.idea_vote(actor=both, idea=duplicate)


def test_merging_is_refused_into_itself_or_a_hidden_idea(board):
    coordinator = board.actors.coordinator
    with pytest.raises(ValidationError):
        services.idea_merge(actor=coordinator, idea=board.idea, into=board.idea)
    services.idea_hide(actor=coordinator, idea=board.other_idea)
    with pytest.raises(ValidationError):
        services.idea_merge(actor=coordinator, idea=board.idea, into=board.other_idea)


def test_followers_hear_of_status_changes_in_the_app_and_by_e_mail(
    board, django_capture_on_commit_callbacks
):
    viewer, editor = board.actors.viewer, board.actors.editor
    own = services.idea_submit(actor=viewer, target=board.block, title="Eigen", body="B")
    services.idea_follow(actor=None, idea=own, email="volger@mail.example")
    services.idea_follow(actor=board.actors.other_editor, idea=own)
    with django_capture_on_commit_callbacks(execute=True):
        services.idea_review(actor=editor, idea=own)
        services.idea_accept(actor=editor, idea=own, initiative=board.initiative)
    told = Notification.objects.filter(kind="idea-accepted")
    assert {n.recipient for n in told} == {viewer, board.actors.other_editor}
    assert "Foto's bij meldingen" in told.first().message
    assert not Notification.objects.filter(recipient=editor).exists()  # who did it
    assert [m.to for m in mail.outbox] == [["volger@mail.example"]] * 2
    assert "accepted" in mail.outbox[1].body


def test_a_rolled_back_change_sends_no_mail(board, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(ValidationError):
            services.idea_decline(actor=board.actors.editor, idea=board.idea, reason="")
    assert mail.outbox == []


# --- suggestions ----------------------------------------------------------------------------


def test_stems_ignore_case_accents_stop_words_and_endings():
    assert stems("De Parkeervergunning en het PARKEREN, café") == {"parke", "cafe"}


def test_similarity_is_symmetric_and_bounded():
    a = ("Parkeervergunning online aanvragen", "Ik wil mijn parkeervergunning online regelen")
    b = ("Online parkeren regelen", "Parkeren aanvragen via de website")
    c = ("Bomen planten", "Meer groen in de wijk")
    assert similarity(*a, *b) == pytest.approx(similarity(*b, *a))
    assert 0 <= similarity(*a, *c) < 0.2 < similarity(*a, *b) <= 1
    assert similarity(*a, *a) == 1


def test_similar_ideas_are_found_and_hidden_ones_are_not(board):
    parking = services.idea_submit(
        actor=board.actors.viewer,
        target=board.actors.owner,
        title="Parkeervergunning online aanvragen",
        body="Graag online.",
    )
    found = similar_ideas(user=None, title="Online een parkeervergunning aanvragen")
    assert [s.idea for s in found] == [parking]
    services.idea_hide(actor=board.actors.coordinator, idea=parking)
    assert similar_ideas(user=None, title="Online een parkeervergunning aanvragen") == []
    assert similar_ideas(user=None, title="de het een") == []


def test_similar_blocks_come_from_the_catalogue_search(board):
    from anker.catalogue import services as catalogue

    owner = OrganisationFactory()
    wanted = BlockFactory(name="Parkeervergunningen", owner=owner)
    DescriptionFactory(block=wanted, short_description="Vergunningen voor parkeren online")
    secret = BlockFactory(name="Parkeerregister", owner=owner, openness="restricted")
    for block in (wanted, secret):
        catalogue.refresh_search_document(block)
    found = similar_blocks(user=None, title="Parkeervergunningen online", body="")
    assert wanted in found and secret not in found
