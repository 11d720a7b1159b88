"""Errors a caller can act on: each names what was wrong with the input, never a traceback."""

from __future__ import annotations


class MarsadError(Exception):
    """Base class for every error Marsad raises on purpose."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class EmptyInputError(MarsadError):
    code = "E001"


class BinaryInputError(MarsadError):
    code = "E002"


class DecodingError(MarsadError):
    code = "E003"


class InputTooLargeError(MarsadError):
    code = "E004"


class PipelineError(MarsadError):
    """Raised when stages are wired so that one needs what no earlier stage provides."""

    code = "E010"


class StageError(MarsadError):
    """A stage raised on one document: a defect in Marsad, not in the input. Reported with a
    code, like any bad input, so that a caller (the CLI, a batch, the web page) loses only
    that document and says which stage failed."""

    code = "E011"


class InputFormatError(MarsadError):
    code = "E020"


class DocumentTooComplexError(InputFormatError):
    """HTML nested or sized beyond what the parser and extractor handle in bounded time."""

    code = "E021"


class ResourceLimitError(MarsadError):
    """One document exceeded a per-document limit (see ``marsad.limits``)."""

    code = "E030"


class TimeLimitError(ResourceLimitError):
    code = "E031"


class MemoryLimitError(ResourceLimitError):
    code = "E032"


class WorkerCrashError(ResourceLimitError):
    """The isolated worker died (killed by a signal, e.g. a C-level stack overflow)."""

    code = "E033"


class FetchError(MarsadError):
    """A URL could not be fetched: network failure, HTTP error status, or bad content."""

    code = "E040"


class UnsafeURLError(FetchError):
    """The URL (or a redirect target) is not http(s), or resolves to a private address."""

    code = "E041"


class FetchTooLargeError(FetchError):
    """The response body grew beyond the size cap; the download was aborted."""

    code = "E042"


class FetchTimeoutError(FetchError):
    """Connecting, reading, or the whole download took longer than allowed."""

    code = "E043"


class TooManyRedirectsError(FetchError):
    code = "E044"
