"""Hypothesis profiles: 'dev' for quick local runs, 'ci' (chosen when CI is set) for 1000 examples a property.

The 'ci' profile is derandomized: a CI run must give the same verdict every time it is run on the same commit,
so a property failure there is reproducible and never a matter of luck. New examples are explored by the
'dev' profile on every local run and by 'explore' (HYPOTHESIS_PROFILE=explore) for long hunts.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100)
settings.register_profile(
    "ci",
    max_examples=1000,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "explore",
    max_examples=20000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
