"""Renderings of the inventory for people (ja default, en option) and machines."""
