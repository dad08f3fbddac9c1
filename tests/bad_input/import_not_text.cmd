import
{case}
