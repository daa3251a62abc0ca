"""Password hashing (argon2id with argon2-cffi's defaults, a fresh random salt per hash) and the strength
rule for new passwords."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from labels import access as labels

MIN_LENGTH = 10

# One hasher for the process; its parameters are argon2-cffi's defaults (RFC 9106's low-memory profile).
# Tests may swap in a cheaper one to keep throttling tests fast.
_HASHER = PasswordHasher()
_DUMMY_HASHES: dict[PasswordHasher, str] = {}


def hash_password(password: str) -> str:
    """An argon2id hash of the password, salted, with its parameters encoded in the text."""
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """Whether the password matches the stored hash; False also when the hash is malformed."""
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """Whether a hash was made with other parameters than today's (or is malformed) and should be
    replaced at the next successful sign-in."""
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


def dummy_hash() -> str:
    """A hash no account uses, verified against for unknown user names so that they cost the same time as
    known ones."""
    if _HASHER not in _DUMMY_HASHES:
        _DUMMY_HASHES[_HASHER] = _HASHER.hash("dummy password that no account has")
    return _DUMMY_HASHES[_HASHER]


def check_strength(password: str) -> str | None:
    """Why a new password is too weak, in Vietnamese, or None when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return labels.WEAK_SHORT.format(minimum=MIN_LENGTH)
    if password.isdigit():
        return labels.WEAK_ONLY_DIGITS
    if password.isalpha():
        return labels.WEAK_ONLY_LETTERS
    return None
