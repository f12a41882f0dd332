"""One running program per data directory (see :mod:`desk_app.storage.instance_lock`)."""

from desk_app.storage.instance_lock import InstanceLocked, acquire, held, release

__all__ = ["InstanceLocked", "acquire", "held", "release"]
