"""CCB Desktop: the member register of a chi hội Cựu chiến binh, offline, in Vietnamese."""

__version__ = "0.1.0"
